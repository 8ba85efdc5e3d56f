import { describe, expect, it } from "vitest";
import { summarizeProbeReport } from "../../../src/runtime/summarize-probe-report.js";
import { engineConversation, shippedFlow } from "../../support/engine-conversation.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import { alice, recordedProbeReport } from "./discord-conversation-replies.js";
import { visibleText } from "./inspect-discord-message.js";
import { renderDiscordMessage } from "./render-discord-message.js";

/** The recorded expired-certificate probes, a re-check of fix 1a, and what the second run saw. */
function recheckedAfter(
  findingsAfter: (all: ReturnType<typeof recordedProbeReport>["findings"]) => typeof all,
) {
  const report = recordedProbeReport("expired-cert");
  const bot = engineConversation(shippedFlow());
  bot.start("host42", { probing: true, user: alice });
  bot.send({ kind: "consent", allow: true, user: alice });
  bot.send({ kind: "probes-finished", findings: report.findings, summary: summarizeProbeReport(report) });
  if (bot.last.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${bot.last.kind}`);
  const top = bot.last.causes[0];
  const fix = top?.fixes[0];
  if (!top || !fix) throw new Error("no top fix");
  bot.send({ kind: "recheck", causeId: top.id, fixId: fix.id, user: alice });
  const summary = summarizeProbeReport(report);
  bot.send({ kind: "probes-finished", findings: findingsAfter(report.findings), summary });
  return renderDiscordMessage(bot.last, { sessionId: bot.session.id });
}

describe("Discord: a re-check after a fix", () => {
  it("GIVEN the same findings after the fix THEN the card opens with the re-check, no change, and asks about 1b", () => {
    const message = recheckedAfter((all) => all);
    expect(checkDiscordLimits(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain(`Re-check after "`);
    expect(text).toContain("no change: the same findings still point at the cause");
    expect(text).toMatch(/cert\.expired: expired [^\n]*→ expired/);
    expect(text).toContain("This fixed it (1b)");
  });

  it("GIVEN the expired certificate is gone THEN Solved, with the proof in the same embed", () => {
    const message = recheckedAfter((all) => all.filter((f) => f.id !== "cert.expired"));
    expect(checkDiscordLimits(message)).toEqual([]);
    const text = visibleText(message);
    expect(text).toContain("Solved");
    expect(text).toContain("fixed: what pointed at the cause is gone");
    expect(text).toMatch(/cert\.expired: expired [^\n]*→ gone/);
  });
});
