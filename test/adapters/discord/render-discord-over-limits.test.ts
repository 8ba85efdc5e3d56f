import { describe, expect, it } from "vitest";
import type { DiagnosisReply, HandoffReply, RankedCause } from "../../../src/engine/index.js";
import { checkDiscordLimits } from "./check-discord-limits.js";
import {
  allCausesShown,
  expiredCertConversation,
  recordedProbeReport,
} from "./discord-conversation-replies.js";
import { clickables, codeBlocks, visibleText } from "./inspect-discord-message.js";
import {
  renderDiscordMessage,
  renderDiscordMessages,
  renderDiscordProgress,
} from "./render-discord-message.js";

const context = { sessionId: "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40" };

function withTopFixCommand(diagnosis: DiagnosisReply, command: string): DiagnosisReply {
  const [top, ...rest] = diagnosis.causes;
  if (!top) throw new Error("no causes");
  const [fix, ...otherFixes] = top.fixes;
  if (!fix) throw new Error("no fix");
  const steps = fix.steps.map((s, i) => (i === 1 ? { ...s, command, shell: "powershell" as const } : s));
  return { ...diagnosis, causes: [{ ...top, fixes: [{ ...fix, steps }, ...otherFixes] }, ...rest] };
}

describe("Discord messages at and beyond Discord's limits", () => {
  describe("GIVEN a diagnosis showing all 15 causes", () => {
    const diagnosis = allCausesShown();
    const message = renderDiscordMessage(diagnosis, context);
    const text = visibleText(message);

    it("THEN it fits in 10 embeds, 6000 characters, 5 rows and every other limit", () => {
      expect(diagnosis.shown).toBe(15);
      expect(checkDiscordLimits(message)).toEqual([]);
    });

    it("THEN every cause is there by rank and title, and the top cause keeps its first fix with its commands", () => {
      for (const cause of diagnosis.causes) expect(text).toContain(`${cause.rank}. ${cause.title}`);
      const topFix = diagnosis.causes[0]?.fixes[0];
      expect(text).toContain(`1a) ${topFix?.title}`);
      for (const step of topFix?.steps ?? [])
        if (step.command && step.shell !== "gui") expect(codeBlocks(message)).toContain(step.command);
    });

    it("THEN every cause with a fix left can still be told This fixed it / Didn't help, and Hand off ends the card", () => {
      const actions = clickables(message).map((c) => c.action);
      const withFeedback = new Set(actions.flatMap((a) => (a.kind === "fix-feedback" ? [a.causeId] : [])));
      expect([...withFeedback].sort()).toEqual(
        diagnosis.causes
          .filter((c) => c.fixes.length > 0)
          .map((c) => c.id)
          .sort(),
      );
      expect(actions.at(-1)).toEqual({ kind: "handoff" });
      expect(actions).not.toContainEqual({ kind: "show-more" });
    });
  });

  it("GIVEN 40 causes shown THEN the lowest-ranked are lines, what does not fit goes on in a follow-up, and the top cause keeps its fix in the first", () => {
    const diagnosis = allCausesShown();
    const causes: RankedCause[] = [0, 1, 2].flatMap((copy) =>
      diagnosis.causes.map((c, i) => ({ ...c, id: `${c.id}-${copy}`, rank: copy * 15 + i + 1 })),
    );
    const messages = renderDiscordMessages({ ...diagnosis, causes: causes.slice(0, 40), shown: 40 }, context);
    for (const message of messages) expect(checkDiscordLimits(message)).toEqual([]);
    const [first] = messages;
    if (!first) throw new Error("no message");
    expect(codeBlocks(first)).toContain(diagnosis.causes[0]?.fixes[0]?.steps[1]?.command);
    const text = messages.map(visibleText).join("\n");
    for (const cause of causes.slice(0, 40)) expect(text).toContain(`${cause.rank}. ${cause.title}`);
  });

  it("GIVEN a 10,000-character command THEN it is named as too long, never cut, and the rest of the fix remains", () => {
    const { diagnosis } = expiredCertConversation();
    const command = `Write-Output ${"A".repeat(10_000)}`;
    const message = renderDiscordMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(visibleText(message)).toContain(
      `The command is too long for this message (${command.length} characters); run \`rdp-fix diagnose\` in a terminal to see it.`,
    );
    expect(codeBlocks(message).filter((c) => c.startsWith("Write-Output A"))).toEqual([]);
    expect(codeBlocks(message)).toContain(diagnosis.causes[0]?.fixes[0]?.verify.command);
  });

  it("GIVEN a 900-character command THEN it is shown whole in its own field", () => {
    const { diagnosis } = expiredCertConversation();
    const command = `Write-Output ${"B".repeat(887)}`;
    const message = renderDiscordMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(codeBlocks(message)).toContain(command);
  });

  it("GIVEN a command holding a code fence, mentions and markdown THEN the block stays one block and copies back exactly", () => {
    const { diagnosis } = expiredCertConversation();
    const command = 'Get-Item C:\\x | Out-File "<@&123>.txt" # ``` @everyone **not bold** & more';
    const message = renderDiscordMessage(withTopFixCommand(diagnosis, command), context);
    expect(checkDiscordLimits(message)).toEqual([]);
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
      fixes: c.fixes.map((f) => ({
        ...f,
        title: "fix ".repeat(300),
        revert: f.revert && "undo ".repeat(400),
      })),
    });
    const findings = Array.from({ length: 300 }, (_, i) => ({
      id: "tcp.open",
      address: `10.0.${i}.1`,
      at: "2026-11-21T09:00:00.000Z",
      explanation: "open",
      detail: "3 of 3 connections opened",
    }));
    const messages = renderDiscordMessages(
      { ...diagnosis, probeSummary: "s".repeat(5000), causes: diagnosis.causes.map(huge), findings },
      context,
    );
    for (const message of messages) expect(checkDiscordLimits(message)).toEqual([]);
    const text = messages.map(visibleText).join("\n");
    expect(text).toContain("1. The Remote Desktop certificate is expired");
    expect(text).toMatch(/…and \d+ more; Hand off lists every finding\./);
  });

  describe("GIVEN a hostile host name and certificate CN that try to ping everyone and a role", () => {
    const host = "@everyone<@&123>";
    const report = recordedProbeReport("wrong-name");
    const cn =
      "CN=@everyone @here <@&123> <@456789012345678901> <#42> [click](https://evil.example) **x** ||s||";
    const findings = report.findings.map((f) => (f.id.startsWith("cert.") ? { ...f, detail: cn } : f));
    const diagnosis = allCausesShown(host, { ...report, findings });

    it("THEN the diagnosis shows them as text: no mass mention, no mention, no link, no markup", () => {
      const message = renderDiscordMessage(diagnosis, context);
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.content).toContain("@\u200beveryone\\<@&123\\>");
      expect(visibleText(message)).toContain(
        "CN=@everyone @here <@&123> <@456789012345678901> <#42> [click](https://evil.example) **x** ||s||",
      );
      // Only code blocks (the commands, which must copy back exactly) hold the host as typed; Discord parses
      // nothing there, and embeds never ping.
      expect(message.content).not.toMatch(/@everyone|(?<!\\)<@&/);
    });

    it("THEN a command with the host in it still copies back exactly as typed", () => {
      const commands = codeBlocks(renderDiscordMessage(diagnosis, context));
      expect(commands.some((c) => c.includes(host))).toBe(true);
    });

    it("THEN the probe progress, the consent and a handoff from hostile names are escaped too", () => {
      const step = {
        step: "dns" as const,
        status: "ok" as const,
        durationMs: 1,
        address: "<@&123>",
        summary: "@here resolved",
      };
      const progress = renderDiscordProgress(host, [step]);
      expect(checkDiscordLimits(progress)).toEqual([]);
      expect(progress.content).toBe(
        "**Probing @\u200beveryone\\<@&123\\>…**\n✓ `dns` \\[\\<@&123\\>\\]: @\u200bhere resolved",
      );
      const { handoff, consent } = expiredCertConversation(host, { ...report, findings });
      expect(checkDiscordLimits(renderDiscordMessage(consent, context))).toEqual([]);
      const hostile: HandoffReply = { ...handoff, from: "@here", to: "<@&123>", symptom: "<@2> @everyone" };
      const message = renderDiscordMessage(hostile, context);
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.allowedMentions).toEqual({ parse: [], users: [] });
    });
  });

  it("GIVEN a handoff with a huge symptom, 100 answers and a long history THEN it fits and keeps Continue here", () => {
    const { handoff } = expiredCertConversation();
    const answer = handoff.answers[0];
    if (!answer) throw new Error("no answer");
    const big: HandoffReply = {
      ...handoff,
      symptom: "it fails ".repeat(2000),
      probeSummary: "p".repeat(3000),
      answers: Array.from({ length: 100 }, () => answer),
      triedFixes: Array.from({ length: 100 }, () => ({
        causeId: "a",
        fixId: "b",
        outcome: "did-not-help" as const,
        by: "111111111111111111",
        at: "2026-11-21T09:00:00.000Z",
        fixTitle: "t".repeat(100),
      })),
    };
    const messages = renderDiscordMessages(big, context);
    expect(messages.length, "too much for one message: it goes on in follow-ups").toBeGreaterThan(1);
    for (const message of messages) expect(checkDiscordLimits(message)).toEqual([]);
    expect(messages.flatMap((m) => clickables(m).map((c) => c.action))).toEqual([{ kind: "resume" }]);
    const text = messages.map(visibleText).join("\n");
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
    }));
    const message = renderDiscordProgress("host42", many as typeof steps);
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(visibleText(message)).toMatch(/step 499$/);
    expect(visibleText(message)).toMatch(/\*\(\d+ earlier step\(s\) not shown\)\*/);
  });
});
