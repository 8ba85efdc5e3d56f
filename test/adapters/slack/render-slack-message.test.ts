import { describe, expect, it } from "vitest";
import { checkSlackLimits } from "./check-slack-limits.js";
import { clickables, codeBlocks, visibleText } from "./inspect-slack-message.js";
import { renderSlackMessage, renderSlackProgress } from "./render-slack-message.js";
import { endStates, expiredCertConversation, recordedProbeReport } from "./slack-conversation-replies.js";

const talk = expiredCertConversation();
const context = { sessionId: talk.sessionId };
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

describe("renderSlackMessage: what a Slack user sees for each reply", () => {
  it("GIVEN the consent prompt THEN it lists the probes and offers Probe now (primary) and Skip probes", () => {
    const message = renderSlackMessage(talk.consent, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(message.text).toBe("May I probe host42 port 3389?");
    expect(visibleText(message)).toContain("• TCP connect to the RDP port");
    expect(clickables(message)).toEqual([
      {
        label: "Probe now",
        style: "primary",
        action: { kind: "consent", allow: true },
        sessionId: talk.sessionId,
      },
      { label: "Skip probes", action: { kind: "consent", allow: false }, sessionId: talk.sessionId },
    ]);
  });

  it("GIVEN plain text THEN it is one section with the text", () => {
    const message = renderSlackMessage(talk.probing, context);
    expect(message).toEqual({
      text: "Probing host42 port 3389…",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "Probing host42 port 3389…" } }],
    });
  });

  describe("GIVEN the diagnosis after the expired-certificate probes", () => {
    const message = renderSlackMessage(talk.diagnosis, context);
    const top = talk.topCause;

    it("THEN it fits Slack and the notification names the top cause", () => {
      expect(checkSlackLimits(message)).toEqual([]);
      expect(message.text).toBe(
        `Diagnosis for host42 port 3389: most likely ${top.title} (${percent(top.confidence)})`,
      );
    });

    it("THEN the top cause leads with its rank, title and confidence, and the finding that backs it", () => {
      expect(top.id).toBe("cert-expired");
      const text = visibleText(message);
      expect(text).toContain(`*1. ${top.title}* — ${percent(top.confidence)}`);
      expect(text).toMatch(/\+ expired 2021-01-01 \(\d+ days ago\) _\(strongly suggests this\)_/);
      expect(text).toContain("*What the probes saw:*\n• `udp.closed` [127.0.0.1]");
      expect(text).toContain("*Confirm:*\n• On the server: certlm.msc &gt; Remote Desktop &gt; Certificates");
    });

    it("THEN every command of the top fix is in a code block, exactly as the flow gives it", () => {
      const commands = talk.topFix.steps.filter((s) => s.command && s.shell !== "gui").map((s) => s.command);
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) expect(codeBlocks(message)).toContain(command);
      expect(visibleText(message)).toContain(`*1a) ${talk.topFix.title}*  _[server · needs admin · safe]_`);
    });

    it("THEN each shown cause's first fix has This fixed it / Didn't help, then the re-check of 1a, Check the server, Show more causes and Hand off", () => {
      const shown = talk.diagnosis.causes.slice(0, talk.diagnosis.shown);
      const feedback = shown.flatMap((cause) => {
        const fixId = cause.fixes[0]?.id ?? "";
        return [
          {
            label: "This fixed it",
            style: "primary",
            action: { kind: "fix-feedback", causeId: cause.id, fixId, outcome: "worked" },
          },
          {
            label: "Didn't help",
            style: "danger",
            action: { kind: "fix-feedback", causeId: cause.id, fixId, outcome: "did-not-help" },
          },
          { label: "Not the cause", action: { kind: "rule-out-cause", causeId: cause.id } },
        ];
      });
      const expected = [
        ...feedback,
        {
          label: "Applied 1a: re-check now",
          action: { kind: "recheck", causeId: talk.topCause.id, fixId: talk.topFix.id },
        },
        { label: "Check the server", action: { kind: "check-server" } },
        { label: "Show more causes", action: { kind: "show-more" } },
        { label: "Hand off", action: { kind: "handoff" } },
      ];
      expect(clickables(message)).toEqual(expected.map((c) => ({ ...c, sessionId: talk.sessionId })));
    });

    it("THEN the causes not shown are named, with their confidence", () => {
      const hidden = talk.diagnosis.causes[talk.diagnosis.shown];
      expect(visibleText(message)).toContain(`Also possible: ${hidden?.title}`);
    });
  });

  it("GIVEN fix 1a did not help THEN the cause keeps the top, 1a is struck through and the buttons ask about 1b", () => {
    const message = renderSlackMessage(talk.afterFeedback, context);
    expect(checkSlackLimits(message)).toEqual([]);
    const top = talk.afterFeedback.causes[0];
    const secondFix = top?.fixes[1];
    if (!top || !secondFix) throw new Error("the top cause needs a second fix");
    expect(top).toMatchObject({ id: talk.topCause.id, standing: "open", triedFixIds: [talk.topFix.id] });
    const text = visibleText(message);
    expect(text).toContain(`~1a) ${talk.topFix.title}~ _did not help_`);
    expect(text).toContain(`*1b) ${secondFix.title}*`);
    const feedback = clickables(message).map((c) => c.action);
    expect(feedback).not.toContainEqual(expect.objectContaining({ fixId: talk.topFix.id }));
    expect(feedback).toContainEqual({
      kind: "fix-feedback",
      causeId: top.id,
      fixId: secondFix.id,
      outcome: "did-not-help",
    });
  });

  it("GIVEN the person ruled the top cause out THEN another cause leads and the ruled-out one is labelled set aside", () => {
    const message = renderSlackMessage(talk.afterRuleOut, context);
    expect(checkSlackLimits(message)).toEqual([]);
    expect(talk.afterRuleOut.causes[0]?.id).not.toBe(talk.topCause.id);
    expect(talk.afterRuleOut.causes.at(-1)).toMatchObject({ id: talk.topCause.id, standing: "ruled-out" });
    const text = visibleText(message);
    expect(text).toContain(`Set aside after your feedback: ${talk.topCause.title} _(ruled out)_.`);
    expect(text.split("\n").find((line) => line.startsWith("Also possible:"))).not.toContain(
      talk.topCause.title,
    );
  });

  it("GIVEN no session (nothing to click for) THEN the diagnosis has no buttons at all", () => {
    const message = renderSlackMessage(talk.diagnosis, {});
    expect(checkSlackLimits(message)).toEqual([]);
    expect(message.blocks.filter((b) => b.type === "actions")).toEqual([]);
  });

  describe("GIVEN a handoff to @bob", () => {
    const message = renderSlackMessage(talk.handoff, context);
    const text = visibleText(message);

    it("THEN it fits Slack, mentions bob, and names the host, the symptom and the answers", () => {
      expect(checkSlackLimits(message)).toEqual([]);
      expect(message.text).toBe("Handoff to <@U0BOB>: host42 port 3389 (diagnosed)");
      expect(text).toContain("*Handoff to <@U0BOB> from <@U0ALICE>:* host42 port 3389 (diagnosed)");
      expect(text).toContain("*Symptom:* 0x904 / extended 0x7");
      const [answer] = talk.handoff.answers;
      expect(text).toContain(
        `• ${answer?.questionText} *${answer?.answerLabel}* _(<@U0ALICE>, 2026-11-21 09:00:00Z)_`,
      );
    });

    it("THEN the probe evidence carries its timestamps, and the ranking its confidences", () => {
      const finding = talk.handoff.findings.find((f) => f.id === "cert.expired");
      expect(text).toContain(
        `• ${finding?.at.replace("T", " ").replace(/\.\d+Z$/, "Z")} \`cert.expired\` [127.0.0.1]: expired 2021-01-01`,
      );
      for (const cause of talk.handoff.ranking.slice(0, 5))
        expect(text).toContain(
          `${cause.rank}. ${cause.title.replaceAll(">", "&gt;")} — ${percent(cause.confidence)}`,
        );
    });

    it("THEN the fix tried and its outcome are listed, and what to try next comes with its commands", () => {
      expect(text).toContain(`• ${talk.topFix.title}: did not help _(<@U0ALICE>, 2026-11-21 09:00:03Z)_`);
      const next = talk.handoff.next;
      expect(next).toBeDefined();
      expect(text).toContain(`*next) ${next?.fix.title}*`);
      for (const step of next?.fix.steps ?? [])
        if (step.command && step.shell !== "gui") expect(codeBlocks(message)).toContain(step.command);
    });

    it("THEN Continue here resumes the session", () => {
      expect(clickables(message)).toEqual([
        { label: "Continue here", style: "primary", action: { kind: "resume" }, sessionId: talk.sessionId },
      ]);
    });
  });

  describe("GIVEN the end states", () => {
    const ends = endStates();

    it("THEN solved names the fix, the cause and who recorded it", () => {
      const message = renderSlackMessage(ends.solved, { sessionId: ends.solvedSessionId });
      expect(checkSlackLimits(message)).toEqual([]);
      expect(visibleText(message)).toBe(
        `✅ *Solved:* "${ends.solved.fixTitle}" fixed ${ends.solved.causeTitle} (recorded for <@U0BOB>).`,
      );
    });

    it("THEN cancelled says who cancelled, quietly", () => {
      const message = renderSlackMessage(ends.cancelled, {});
      expect(message.blocks).toEqual([
        { type: "context", elements: [{ type: "mrkdwn", text: "Diagnosis cancelled by <@U0CAROL>." }] },
      ]);
    });

    it("THEN a notice is quiet context, with its inline code kept and its <host> escaped", () => {
      const message = renderSlackMessage(ends.finished, {});
      expect(checkSlackLimits(message)).toEqual([]);
      expect(visibleText(message)).toBe(
        "This diagnosis of host42 is finished (solved). Start a new one with `/rdp-fix &lt;host&gt;`.",
      );
      expect(message.blocks[0]?.type).toBe("context");
    });
  });

  describe("GIVEN the recorded probe steps of the demo", () => {
    const { steps } = recordedProbeReport("expired-cert");

    it("THEN one step renders as one line with its mark, step, address and summary", () => {
      const tcp = steps.find((s) => s.step === "tcp");
      if (!tcp) throw new Error("no tcp step");
      const message = renderSlackMessage({ kind: "probe-progress", host: "127.0.0.1", step: tcp }, context);
      expect(visibleText(message)).toBe(`*Probing 127.0.0.1…*\n✓ \`tcp\` [127.0.0.1]: ${tcp.summary}`);
    });

    it("THEN the accumulated progress has one line per step so far, failed ones marked ✗", () => {
      const message = renderSlackProgress("127.0.0.1", steps);
      expect(checkSlackLimits(message)).toEqual([]);
      const lines = visibleText(message).split("\n").slice(1);
      expect(lines).toHaveLength(steps.length);
      expect(lines).toContain("✗ `udp` [127.0.0.1]: UDP 37515 is closed: ICMP port unreachable after 1 SYN");
    });
  });
});
