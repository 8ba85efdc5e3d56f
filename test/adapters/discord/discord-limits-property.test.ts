import { describe, expect, it } from "vitest";
import { hostileOutbound } from "../../support/hostile-outbound.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import { visibleText } from "./inspect-discord-message.js";
import { renderDiscordMessages } from "./render-discord-message.js";

const seeds = Array.from({ length: 15 }, (_, i) => i + 1);

describe("property: every Discord payload stays inside Discord's limits, whatever the reply", () => {
  it.each(seeds)(
    "GIVEN the large and hostile replies of seed %i THEN each message fits and the top cause leads the first",
    (seed) => {
      for (const reply of hostileOutbound(seed)) {
        const messages = renderDiscordMessages(reply, { sessionId: "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40" });
        expect(messages.length, reply.kind).toBeGreaterThan(0);
        for (const [i, message] of messages.entries())
          expect(checkDiscordLimits(message), `${reply.kind} message ${i + 1} of ${messages.length}`).toEqual(
            [],
          );
        if (reply.kind === "diagnosis")
          expect(
            visibleText(
              messages[0] ?? { embeds: [], components: [], allowedMentions: { parse: [], users: [] } },
            ),
          ).toContain("1. ");
      }
    },
  );
});
