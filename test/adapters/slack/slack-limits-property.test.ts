import { describe, expect, it } from "vitest";
import { hostileOutbound } from "../../support/hostile-outbound.js";
import { checkSlackLimits } from "./check-slack-limits.js";
import { visibleText } from "./inspect-slack-message.js";
import { renderSlackMessages } from "./render-slack-message.js";

const seeds = Array.from({ length: 15 }, (_, i) => i + 1);

describe("property: every Slack payload stays inside Slack's limits, whatever the reply", () => {
  it.each(seeds)(
    "GIVEN the large and hostile replies of seed %i THEN each message fits and the top cause leads the first",
    (seed) => {
      for (const reply of hostileOutbound(seed)) {
        const messages = renderSlackMessages(reply, { sessionId: "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40" });
        expect(messages.length, reply.kind).toBeGreaterThan(0);
        for (const [i, message] of messages.entries())
          expect(checkSlackLimits(message), `${reply.kind} message ${i + 1} of ${messages.length}`).toEqual(
            [],
          );
        if (reply.kind === "diagnosis")
          expect(visibleText(messages[0] ?? { text: "", blocks: [] })).toContain("*1. ");
      }
    },
  );
});
