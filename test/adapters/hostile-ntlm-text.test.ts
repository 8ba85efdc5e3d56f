import { describe, expect, it } from "vitest";
import { renderOutboundText } from "../../adapters/cli/render-outbound-text.js";
import { plainStyle } from "../../adapters/cli/terminal-style.js";
import type { DiagnosisReply } from "../../src/engine/index.js";
import { ntlmFindings } from "../../src/probes/ntlm-findings.js";
import type { NtlmOutcome } from "../../src/probes/ntlm-outcome.js";
import { ntlmStep } from "../../src/probes/ntlm-step.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { renderDiscordMessage } from "./discord/render-discord-message.js";
import { renderSlackMessage } from "./slack/render-slack-message.js";

// A server chooses its own names: these reach every platform only through the renderers' cleaning.
const hostileName = "HOST\u001b[2J\r\nFAKE: all good\u202eevil";
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

const outcome: NtlmOutcome = {
  kind: "identified",
  identity: {
    targetName: hostileName,
    netbiosComputerName: hostileName,
    netbiosDomainName: "CORP",
    dnsComputerName: `${hostileName}.corp`,
    dnsDomainName: "corp",
    dnsTreeName: null,
    serverTime: "2030-06-01T00:00:00.000Z",
    version: { major: 10, minor: 0, build: 20348 },
  },
  clockOffsetMs: 0,
  durationMs: 4,
};
const at = "2030-06-01T00:00:00.000Z";
const findings = ntlmFindings(outcome, "host42").map((f) => ({ ...f, address: "127.0.0.1", at }));

function diagnosis(): DiagnosisReply {
  const bot = engineConversation(shippedFlow());
  bot.start("host42", { probing: true, user: "alice", text: "0x904" });
  bot.send({ kind: "consent", allow: true, user: "alice" });
  bot.send({ kind: "probes-finished", findings, summary: "Probed host42" });
  if (bot.last.kind === "question") bot.send({ kind: "results-now", user: "alice" });
  if (bot.last.kind !== "diagnosis") throw new Error(`unexpected reply ${bot.last.kind}`);
  return bot.last;
}

/** Every rendered line of the terminal, Slack and Discord for one message. */
function lines(message: Outbound): string[] {
  return [
    renderOutboundText(message, plainStyle),
    ...strings(renderSlackMessage(message, { sessionId: "s-1" })),
    ...strings(renderDiscordMessage(message, { sessionId: "s-1" })),
  ].flatMap((text) => text.split("\n"));
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("an NTLM CHALLENGE whose computer name carries ESC [2J, CR, LF and U+202E", () => {
  it("GIVEN the step and the findings THEN they quote the name raw and the mismatch is found", () => {
    expect(ntlmStep("127.0.0.1", outcome).summary).toContain(hostileName);
    expect(findings.map((f) => f.id)).toEqual(["ntlm.identity", "ntlm.name-mismatch"]);
  });

  it.each([
    [
      "the ntlm step",
      { kind: "probe-progress", host: "host42", step: ntlmStep("127.0.0.1", outcome) } as Outbound,
    ],
    ["the diagnosis", diagnosis() as Outbound],
  ])(
    "GIVEN %s THEN no rendered line on any platform holds a control or bidi character",
    (_label, message) => {
      const rendered = lines(message);
      expect(rendered.some((line) => line.includes("FAKE: all good"))).toBe(true);
      expect(rendered.filter((line) => unsafe.test(line))).toEqual([]);
    },
  );
});
