import { describe, expect, it } from "vitest";
import { checkDiscordLimits } from "./check-discord-limits.js";
import {
  alice,
  bob,
  carol,
  endStates,
  expiredCertConversation,
  recordedProbeReport,
} from "./discord-conversation-replies.js";
import { clickables, codeBlocks, visibleText } from "./inspect-discord-message.js";
import { renderDiscordMessage, renderDiscordProgress } from "./render-discord-message.js";

const talk = expiredCertConversation();
const context = { sessionId: talk.sessionId };
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

describe("renderDiscordMessage: what a Discord user sees for each reply", () => {
  it("GIVEN the consent prompt THEN it lists the probes and offers Probe now (green) and Skip probes", () => {
    const message = renderDiscordMessage(talk.consent, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds[0]?.title).toBe("May I probe host42 port 3389?");
    expect(visibleText(message)).toContain("• TCP connect to the RDP port");
    expect(clickables(message)).toEqual([
      { label: "Probe now", style: 3, action: { kind: "consent", allow: true }, sessionId: talk.sessionId },
      {
        label: "Skip probes",
        style: 2,
        action: { kind: "consent", allow: false },
        sessionId: talk.sessionId,
      },
    ]);
  });

  it("GIVEN plain text THEN it is the message content and pings nobody", () => {
    expect(renderDiscordMessage(talk.probing, context)).toEqual({
      content: "Probing host42 port 3389…",
      embeds: [],
      components: [],
      allowedMentions: { parse: [], users: [] },
    });
  });

  describe("GIVEN the diagnosis after the expired-certificate probes", () => {
    const message = renderDiscordMessage(talk.diagnosis, context);
    const top = talk.topCause;
    const text = visibleText(message);

    it("THEN it fits Discord and the headline names the top cause with its confidence", () => {
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.content).toBe(
        `Diagnosis for host42 port 3389: most likely ${top.title} (${percent(top.confidence)})`,
      );
      expect(message.embeds[0]?.title).toBe(
        "Diagnosis for host42 port 3389 (the top cause is clearly ahead)",
      );
    });

    it("THEN the top cause is an embed titled with rank, title and confidence, its evidence and how to confirm it", () => {
      expect(top.id).toBe("cert-expired");
      const embed = message.embeds.find((e) => e.title?.includes(top.title.slice(0, 20)));
      expect(
        visibleText({ ...message, content: "", embeds: embed ? [embed] : [], components: [] }),
      ).toContain(`1. ${top.title} — ${percent(top.confidence)}`);
      expect(text).toMatch(/\+ expired 2021-01-01 \(\d+ days ago\) \*\(strongly suggests this\)\*/);
      expect(text).toContain("What the probes saw\n• `udp.closed` [127.0.0.1]");
      expect(text).toContain("**Confirm:**\n• On the server: certlm.msc > Remote Desktop > Certificates");
    });

    it("THEN every command of the top fix is in a code block, exactly as the flow gives it", () => {
      const commands = talk.topFix.steps.filter((s) => s.command && s.shell !== "gui").map((s) => s.command);
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) expect(codeBlocks(message)).toContain(command);
      expect(text).toContain(`**1a) ${talk.topFix.title}**  *[server · needs admin · safe]*`);
      expect(message.embeds.find((e) => e.description?.includes("```powershell\n"))).toBeDefined();
    });

    it("THEN each shown cause's first fix has This fixed it / Didn't help, then the re-check of 1a, Check the server, Show more causes and Hand off", () => {
      const shown = talk.diagnosis.causes.slice(0, talk.diagnosis.shown);
      const feedback = shown.flatMap((cause, i) => {
        const fixId = cause.fixes[0]?.id ?? "";
        return [
          {
            label: `This fixed it (${i + 1}a)`,
            style: 3,
            action: { kind: "fix-feedback", causeId: cause.id, fixId, outcome: "worked" },
          },
          {
            label: `Didn't help (${i + 1}a)`,
            style: 4,
            action: { kind: "fix-feedback", causeId: cause.id, fixId, outcome: "did-not-help" },
          },
          {
            label: `Not the cause (${i + 1})`,
            style: 2,
            action: { kind: "rule-out-cause", causeId: cause.id },
          },
        ];
      });
      const expected = [
        ...feedback,
        {
          label: "Applied 1a: re-check now",
          style: 2,
          action: { kind: "recheck", causeId: talk.topCause.id, fixId: talk.topFix.id },
        },
        { label: "Check the server", style: 2, action: { kind: "check-server" } },
        { label: "Show more causes", style: 2, action: { kind: "show-more" } },
        { label: "Hand off", style: 2, action: { kind: "handoff" } },
      ];
      expect(clickables(message)).toEqual(expected.map((c) => ({ ...c, sessionId: talk.sessionId })));
    });

    it("THEN the causes not shown are named, with their confidence", () => {
      const hidden = talk.diagnosis.causes[talk.diagnosis.shown];
      expect(text).toContain(`Also possible: ${hidden?.title} ${percent(hidden?.confidence ?? 0)}`);
    });
  });

  it("GIVEN a UUID session (as the runtime makes them) THEN every custom_id carries it compactly and decodes to it", () => {
    const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
    const message = renderDiscordMessage(talk.diagnosis, { sessionId });
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(new Set(clickables(message).map((c) => c.sessionId))).toEqual(new Set([sessionId]));
  });

  it("GIVEN fix 1a did not help THEN the cause keeps the top, 1a is listed as tried and the buttons ask about 1b", () => {
    const message = renderDiscordMessage(talk.afterFeedback, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    const top = talk.afterFeedback.causes[0];
    const secondFix = top?.fixes[1];
    if (!top || !secondFix) throw new Error("the top cause needs a second fix");
    expect(top).toMatchObject({ id: talk.topCause.id, standing: "open", triedFixIds: [talk.topFix.id] });
    const text = visibleText(message);
    expect(text).toContain(`~~1a) ${talk.topFix.title}~~ *did not help*`);
    expect(text).toContain(`1b) ${secondFix.title}`);
    const buttons = clickables(message);
    expect(buttons.map((c) => c.action)).not.toContainEqual(
      expect.objectContaining({ fixId: talk.topFix.id }),
    );
    expect(buttons).toContainEqual(
      expect.objectContaining({
        label: "Didn't help (1b)",
        action: { kind: "fix-feedback", causeId: top.id, fixId: secondFix.id, outcome: "did-not-help" },
      }),
    );
  });

  it("GIVEN the person ruled the top cause out THEN another cause leads and the ruled-out one is labelled set aside", () => {
    const message = renderDiscordMessage(talk.afterRuleOut, context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(talk.afterRuleOut.causes[0]?.id).not.toBe(talk.topCause.id);
    expect(talk.afterRuleOut.causes.at(-1)).toMatchObject({ id: talk.topCause.id, standing: "ruled-out" });
    const text = visibleText(message);
    expect(text).toContain(`Set aside after your feedback: ${talk.topCause.title} *(ruled out)*.`);
    const also = text.split("\n").find((line) => line.startsWith("Also possible:"));
    expect(also).not.toContain(talk.topCause.title);
  });

  it("GIVEN no session (nothing to click for) THEN the diagnosis has no components at all", () => {
    const message = renderDiscordMessage(talk.diagnosis, {});
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.components).toEqual([]);
  });

  describe("GIVEN a handoff from alice to bob", () => {
    const message = renderDiscordMessage(talk.handoff, context);
    const text = visibleText(message);

    it("THEN it fits Discord, mentions and pings bob only, and names the host, the symptom and the answers", () => {
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.content?.split("\n")[0]).toBe(
        `**Handoff to <@${bob}> from <@${alice}>:** host42 port 3389 (diagnosed)`,
      );
      expect(message.allowedMentions).toEqual({ parse: [], users: [bob] });
      expect(text).toContain("**Symptom:** 0x904 / extended 0x7");
      const [answer] = talk.handoff.answers;
      expect(text).toContain(
        `• ${answer?.questionText} **${answer?.answerLabel}** *(<@${alice}>, 2026-11-21 09:00:00Z)*`,
      );
    });

    it("THEN the probe evidence carries its timestamps, and the ranking its confidences", () => {
      const finding = talk.handoff.findings.find((f) => f.id === "cert.expired");
      expect(text).toContain(
        `• ${finding?.at.replace("T", " ").replace(/\.\d+Z$/, "Z")} \`cert.expired\` [127.0.0.1]: expired 2021-01-01`,
      );
      for (const cause of talk.handoff.ranking.slice(0, 5))
        expect(text).toContain(`${cause.rank}. ${cause.title} — ${percent(cause.confidence)}`);
    });

    it("THEN the fix tried and its outcome are listed, and what to try next comes with its commands", () => {
      expect(text).toContain(`• ${talk.topFix.title}: did not help *(<@${alice}>, 2026-11-21 09:00:03Z)*`);
      const next = talk.handoff.next;
      expect(next).toBeDefined();
      expect(text).toContain(`next) ${next?.fix.title}`);
      for (const step of next?.fix.steps ?? [])
        if (step.command && step.shell !== "gui") expect(codeBlocks(message)).toContain(step.command);
    });

    it("THEN Continue here resumes the session", () => {
      expect(clickables(message)).toEqual([
        { label: "Continue here", style: 3, action: { kind: "resume" }, sessionId: talk.sessionId },
      ]);
    });
  });

  describe("GIVEN the end states", () => {
    const ends = endStates();

    it("THEN solved names the fix, the cause and who recorded it, without pinging them", () => {
      const message = renderDiscordMessage(ends.solved, { sessionId: ends.solvedSessionId });
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(visibleText(message)).toBe(
        `✅ **Solved:** "${ends.solved.fixTitle}" fixed ${ends.solved.causeTitle} (recorded for <@${bob}>).`,
      );
      expect(message.allowedMentions.users).toEqual([]);
    });

    it("THEN cancelled says who cancelled, as quiet subtext", () => {
      const message = renderDiscordMessage(ends.cancelled, {});
      expect(message.content).toBe(`-# Diagnosis cancelled by <@${carol}>.`);
    });

    it("THEN a notice is quiet subtext, with its inline code kept as code", () => {
      const message = renderDiscordMessage(ends.finished, {});
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.content).toBe(
        "-# This diagnosis of host42 is finished (solved). Start a new one with `/rdp-fix host:<host>`.",
      );
    });
  });

  describe("GIVEN the recorded probe steps of the demo", () => {
    const { steps } = recordedProbeReport("expired-cert");

    it("THEN one step renders as one line with its mark, step, address and summary", () => {
      const tcp = steps.find((s) => s.step === "tcp");
      if (!tcp) throw new Error("no tcp step");
      const message = renderDiscordMessage({ kind: "probe-progress", host: "127.0.0.1", step: tcp }, context);
      expect(visibleText(message)).toBe(`**Probing 127.0.0.1…**\n✓ \`tcp\` [127.0.0.1]: ${tcp.summary}`);
    });

    it("THEN the accumulated progress has one line per step so far, failed ones marked ✗", () => {
      const message = renderDiscordProgress("127.0.0.1", steps);
      expect(checkDiscordLimits(message)).toEqual([]);
      const lines = visibleText(message).split("\n").slice(1);
      expect(lines).toHaveLength(steps.length);
      expect(lines).toContain("✗ `udp` [127.0.0.1]: UDP 37515 is closed: ICMP port unreachable after 1 SYN");
    });
  });
});
