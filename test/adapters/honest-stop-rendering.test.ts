import { describe, expect, it } from "vitest";
import { renderDiagnosisText } from "../../adapters/cli/render-diagnosis-text.js";
import { plainStyle } from "../../adapters/cli/terminal-style.js";
import type { DiagnosisReply } from "../../src/engine/index.js";
import { engineConversation, loadFlowFile } from "../support/engine-conversation.js";
import { visibleText as discordText } from "./discord/inspect-discord-message.js";
import { renderDiscordMessage } from "./discord/render-discord-message.js";
import { checkSlackLimits } from "./slack/check-slack-limits.js";
import { visibleText as slackText } from "./slack/inspect-slack-message.js";
import { renderSlackMessage } from "./slack/render-slack-message.js";

/**
 * A diagnosis from priors alone (no probe, results asked at once), with one piece of counter-evidence on
 * its top cause, as passing 1500-byte don't-fragment pings are against an MTU black hole.
 */
function weakDiagnosis(): DiagnosisReply {
  const bot = engineConversation(loadFlowFile("test/fixtures/flows/minimal.yaml"));
  bot.start("host42");
  bot.send({ kind: "results-now", user: "alice" });
  const reply = bot.last;
  if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
  const [top, ...rest] = reply.causes;
  if (!top) throw new Error("no cause");
  const against = {
    source: "finding" as const,
    ref: "path.full-size",
    label: "1500-byte don't-fragment pings pass",
    bits: -3,
  };
  return { ...reply, causes: [{ ...top, evidenceAgainst: [against] }, ...rest] };
}

const diagnosis = weakDiagnosis();
const context = { sessionId: "session-1" };

describe("a diagnosis without enough evidence reads as a starting point on every platform", () => {
  const renderings = {
    terminal: renderDiagnosisText(diagnosis, plainStyle),
    slack: slackText(renderSlackMessage(diagnosis, context)),
    discord: discordText(renderDiscordMessage(diagnosis, context)),
  };

  it.each(Object.entries(renderings))(
    "GIVEN the %s THEN it says not enough evidence yet, names the next checks and labels the ranking",
    (_, text) => {
      expect(text).toContain("Not enough evidence yet for host42 port 3389");
      expect(text).not.toContain("Diagnosis for host42");
      expect(text).toContain("Probe the server:");
      expect(text).toContain("Answer: Since when?");
      expect(text).toContain("Check the top cause: Look at certlm.msc");
      expect(text).toContain("A starting point, not a diagnosis");
    },
  );

  it.each(Object.entries(renderings))(
    "GIVEN the %s THEN the counter-evidence is shown in words, without bits",
    (_, text) => {
      expect(text).toMatch(/− 1500-byte don't-fragment pings pass [_*]?\(nearly rules this out\)/);
      expect(text).not.toContain("bits");
    },
  );

  it("GIVEN Slack THEN the card still fits and its notification does not call the top cause most likely", () => {
    const message = renderSlackMessage(diagnosis, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(message.text).toMatch(/^Not enough evidence yet for host42 port 3389: a starting point is /);
  });
});
