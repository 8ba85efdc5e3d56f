import { describe, expect, it } from "vitest";
import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import type { DiagnosisReply, HandoffReply, RankedCause } from "../../../src/engine/index.js";
import { checkSlackLimits } from "./check-slack-limits.js";
import { clickables, codeBlocks, visibleText } from "./inspect-slack-message.js";
import { renderSlackMessage, renderSlackMessages, renderSlackProgress } from "./render-slack-message.js";
import {
  allCausesShown,
  expiredCertConversation,
  recordedProbeReport,
} from "./slack-conversation-replies.js";

const context = { sessionId: "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40" };
const escaped = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function withTopFixCommand(diagnosis: DiagnosisReply, command: string): DiagnosisReply {
  const [top, ...rest] = diagnosis.causes;
  if (!top) throw new Error("no causes");
  const [fix, ...otherFixes] = top.fixes;
  if (!fix) throw new Error("no fix");
  const steps = fix.steps.map((s, i) => (i === 1 ? { ...s, command, shell: "powershell" as const } : s));
  return { ...diagnosis, causes: [{ ...top, fixes: [{ ...fix, steps }, ...otherFixes] }, ...rest] };
}

describe("Slack messages at and beyond Slack's limits", () => {
  describe("GIVEN a diagnosis showing all 15 causes", () => {
    const diagnosis = allCausesShown();
    const message = renderSlackMessage(diagnosis, context);

    it("THEN it fits in 50 blocks, 12,000 characters of block text and every other limit", () => {
      expect(diagnosis.shown).toBe(15);
      expect(checkSlackLimits(message)).toEqual([]);
    });

    it("THEN every cause is there by title, and the top cause keeps its first fix in full", () => {
      const text = visibleText(message);
      for (const cause of diagnosis.causes) expect(text).toContain(escaped(`${cause.rank}. ${cause.title}`));
      const top = diagnosis.causes[0];
      expect(text).toContain(escaped(`1a) ${top?.fixes[0]?.title}`));
      for (const step of top?.fixes[0]?.steps ?? [])
        if (step.command && step.shell !== "gui") expect(codeBlocks(message)).toContain(step.command);
    });

    it("THEN every cause with a fix left still gets This fixed it / Didn't help, the lowest are one line each, and Hand off ends the card", () => {
      const actions = clickables(message).map((c) => c.action);
      const withFeedback = new Set(actions.flatMap((a) => (a.kind === "fix-feedback" ? [a.causeId] : [])));
      expect([...withFeedback].sort()).toEqual(
        diagnosis.causes
          .filter((c) => c.fixes.length > 0)
          .map((c) => c.id)
          .sort(),
      );
      const last = diagnosis.causes.at(-1);
      expect(visibleText(message)).toContain(`• *${escaped(`${last?.rank}. ${last?.title}`)}* — `);
      expect(actions.at(-1)).toEqual({ kind: "handoff" });
      expect(actions).not.toContainEqual({ kind: "show-more" });
    });
  });

  it("GIVEN 40 causes shown THEN the lowest-ranked shrink to lines, the top cause stays whole, and it fits", () => {
    const diagnosis = allCausesShown();
    const causes: RankedCause[] = [0, 1, 2].flatMap((copy) =>
      diagnosis.causes.map((c, i) => ({ ...c, id: `${c.id}-${copy}`, rank: copy * 15 + i + 1 })),
    );
    const message = renderSlackMessage({ ...diagnosis, causes: causes.slice(0, 40), shown: 40 }, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toMatch(/^• \*40\. .+\* — \d+%/m);
    expect(codeBlocks(message)).toContain(diagnosis.causes[0]?.fixes[0]?.steps[1]?.command);
  });

  it("GIVEN a 10,000-character command THEN it is named as too long, never cut, and the rest of the fix remains", () => {
    const { diagnosis } = expiredCertConversation();
    const command = `Write-Output ${"A".repeat(10_000)}`;
    const message = renderSlackMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain(
      `The command is too long for this message (${command.length} characters)`,
    );
    expect(codeBlocks(message).filter((c) => c.startsWith("Write-Output A"))).toEqual([]);
    const verify = diagnosis.causes[0]?.fixes[0]?.verify.command;
    expect(codeBlocks(message)).toContain(verify);
  });

  it("GIVEN a 2,500-character command THEN it is shown whole in its code block", () => {
    const { diagnosis } = expiredCertConversation();
    const command = `Write-Output ${"B".repeat(2_487)}`;
    const message = renderSlackMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(codeBlocks(message)).toContain(command);
  });

  it("GIVEN a command containing a code fence and angle brackets THEN the block stays one block and copies back exactly", () => {
    const { diagnosis } = expiredCertConversation();
    const command = 'Get-Item C:\\x | Out-File "<out>.txt" # ``` & more';
    const message = renderSlackMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(codeBlocks(message)).toContain(command.replace("```", "``\u200b`"));
  });

  it("GIVEN titles, explanations and evidence thousands of characters long THEN every text is cut to fit", () => {
    const { diagnosis } = expiredCertConversation();
    const huge = (c: RankedCause): RankedCause => ({
      ...c,
      title: `${c.title} ${"long title ".repeat(500)}`,
      explanation: "why ".repeat(2000),
      evidenceFor: Array.from({ length: 80 }, (_, i) => ({
        source: "finding",
        ref: `x.y${i}`,
        label: "z".repeat(100),
        bits: 1,
      })),
      confirm: Array.from({ length: 50 }, () => "check ".repeat(40)),
    });
    const findings = Array.from({ length: 300 }, (_, i) => ({
      id: "tcp.open",
      address: `10.0.${i}.1`,
      at: "2026-11-21T09:00:00.000Z",
      explanation: "open",
      detail: "3 of 3 connections opened",
    }));
    const messages = renderSlackMessages(
      { ...diagnosis, causes: diagnosis.causes.map(huge), findings },
      context,
    );
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(messages[0] ?? { text: "", blocks: [] })).toContain(
      "*1. The Remote Desktop certificate is expired",
    );
  });

  describe("GIVEN a hostile host name and certificate CN that try to ping the channel", () => {
    const host = "evil<!channel>";
    const report = recordedProbeReport("wrong-name");
    const findings = report.findings.map((f) =>
      f.id.startsWith("cert.")
        ? { ...f, detail: "CN=<!channel> <@U1> <https://evil.example|click> & co" }
        : f,
    );
    const diagnosis = allCausesShown(host, { ...report, findings });

    it("THEN the diagnosis shows them as text, never as a mention or link", () => {
      const message = renderSlackMessage(diagnosis, context);
      expect(checkSlackLimits(message)).toEqual([]);
      expect(message.text).toContain("evil&lt;!channel&gt;");
      expect(visibleText(message)).toContain(
        "CN=&lt;!channel&gt; &lt;@U1&gt; &lt;https://evil.example|click&gt; &amp; co",
      );
    });

    it("THEN a command with the host in it still copies back exactly as typed", () => {
      const commands = codeBlocks(renderSlackMessage(diagnosis, context));
      expect(commands.some((c) => c.includes("evil<!channel>"))).toBe(true);
    });

    it("THEN the probe progress and a handoff from a hostile name are escaped too", () => {
      const step = {
        ...report.steps[0],
        step: "dns" as const,
        status: "ok" as const,
        durationMs: 1,
        address: "<@U1>",
        summary: "<!here> resolved",
      };
      expect(checkSlackLimits(renderSlackProgress(host, [step]))).toEqual([]);
      const { handoff } = expiredCertConversation(host, { ...report, findings });
      const hostile: HandoffReply = {
        ...handoff,
        from: "<!here>",
        to: "<!channel>",
        symptom: "<@U2> <!everyone>",
      };
      expect(checkSlackLimits(renderSlackMessage(hostile, context))).toEqual([]);
    });
  });

  it("GIVEN a handoff with a huge symptom, 100 answers and a long history THEN it fits and keeps Continue here", () => {
    const { handoff } = expiredCertConversation();
    const answer = handoff.answers[0];
    if (!answer) throw new Error("no answer");
    const big: HandoffReply = {
      ...handoff,
      symptom: "it fails ".repeat(2000),
      answers: Array.from({ length: 100 }, () => answer),
      triedFixes: Array.from({ length: 100 }, () => ({
        causeId: "a",
        fixId: "b",
        outcome: "did-not-help" as const,
        by: "U0ALICE",
        at: "2026-11-21T09:00:00.000Z",
        fixTitle: "t".repeat(100),
      })),
    };
    const messages = renderSlackMessages(big, context);
    expect(messages.length, "too much for one message: it goes on in follow-ups").toBeGreaterThan(1);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
    expect(messages.flatMap((m) => clickables(m).map((c) => c.action))).toEqual([{ kind: "resume" }]);
    const text = messages.map(visibleText).join("\n");
    expect(text).toContain("it fails it fails");
    expect(
      text.split("\n").filter((line) => line.startsWith("• t")).length,
      "every fix tried is listed",
    ).toBe(100);
  });

  it("GIVEN 500 probe steps so far THEN the progress keeps the newest ones and says how many it left out", () => {
    const { steps } = recordedProbeReport("expired-cert");
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...steps[i % steps.length],
      summary: `step ${i}`,
    })) as typeof steps;
    const message = renderSlackProgress("host42", many);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(visibleText(message)).toMatch(/step 499$/);
    expect(visibleText(message)).toMatch(/_\(\d+ earlier step\(s\) not shown\)_/);
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  });
});
