import { describe, expect, it } from "vitest";
import { discordPresenter } from "../../../adapters/discord/discord-presenter.js";
import { documentToDiscord } from "../../../adapters/discord/document-to-discord.js";
import { presentTriageOffer } from "../../../src/chat/document/present-triage-offer.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import { clickables } from "./inspect-discord-message.js";

const report = { matched: ["0x904", "can't connect"] };

/** The offer as the shared triage work posts it on Discord (chat-work-handlers.ts through the port's render). */
const renderDiscordTriageOffer = (matched: typeof report, host: string | undefined) =>
  documentToDiscord(presentTriageOffer(matched.matched, host, discordPresenter), undefined);

describe("the Discord triage offer", () => {
  it("GIVEN a message naming a host THEN the offer has one button that starts a diagnosis of it", () => {
    const message = renderDiscordTriageOffer(report, "2001:db8::7");
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(clickables(message)).toEqual([
      {
        label: "Diagnose 2001:db8::7",
        style: 3,
        action: { kind: "start-from-triage", host: "2001:db8::7" },
        sessionId: "",
      },
    ]);
    expect(message.content).toContain("-# Matched: 0x904, can't connect");
  });

  it("GIVEN a host too long for a custom_id THEN the offer says which command to type instead", () => {
    const host = `${"a".repeat(60)}.${"b".repeat(60)}.example.com`;
    const message = renderDiscordTriageOffer(report, host);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.components).toEqual([]);
    expect(message.content).toContain(`Run \`/rdp-fix host:${host}\` to start.`);
  });

  it("GIVEN no host THEN the offer shows the command with an example host", () => {
    expect(renderDiscordTriageOffer(report, undefined).content).toContain(
      "Run `/rdp-fix host:host42` to start.",
    );
  });
});
