import {
  evidenceHeading,
  type HandoffReply,
  handoffRanking,
  type SessionStatus,
  standingNote,
} from "../../src/engine/index.js";
import { buttonRows, buttonStyle, discordButton } from "./discord-components.js";
import { discordEmbed, discordField, discordMessage, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordEmbed, DiscordField, DiscordMessage } from "./discord-message.js";
import { embedSize } from "./embed-size.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { fitLines } from "./fit-lines.js";
import { formatConfidence } from "./format-confidence.js";
import { discordUserId, formatDiscordPerson } from "./format-discord-person.js";
import { formatDiscordTime, renderDiscordFindings } from "./render-discord-findings.js";
import { renderDiscordFix } from "./render-discord-fix.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

const statuses: Record<SessionStatus, string> = {
  "awaiting-consent": "waiting for consent to probe",
  probing: "probing",
  asking: "asking questions",
  diagnosed: "diagnosed",
  solved: "solved",
  cancelled: "cancelled",
};

const rankingShown = 5;
/** Each section of the state gets one field; together they leave room for what to try next. */
const sectionChars = 900;

/**
 * The whole state for someone who saw none of it, posted in the channel or thread: who hands off to whom
 * (the one person this message pings), the symptom, the answers, the probe evidence with timestamps, the
 * ranking, the fixes tried, and what to try next with its commands; "Continue here" resumes.
 */
export function renderDiscordHandoff(handoff: HandoffReply, sessionId: string | undefined): DiscordMessage {
  const to = handoff.to === undefined ? "" : ` to ${formatDiscordPerson(handoff.to)}`;
  const target = `${escapeDiscordMarkdown(handoff.host)} port ${handoff.port}`;
  const ranking = handoffRanking(handoff.ranking, rankingShown);
  const content = `**Handoff${to} from ${formatDiscordPerson(handoff.from)}:** ${target} (${statuses[handoff.status]})`;
  const symptom = handoff.symptom ? escapeDiscordMarkdown(handoff.symptom) : "*(none given)*";
  const fields: DiscordField[] = [
    section(
      "Answers",
      handoff.answers.map(
        (a) =>
          `• ${escapeDiscordMarkdown(a.questionText)} **${escapeDiscordMarkdown(a.answerLabel)}** *(${formatDiscordPerson(a.by)}, ${formatDiscordTime(a.at)})*`,
      ),
    ),
    handoff.findings.length > 0 || handoff.probeSummary
      ? discordField(
          evidenceHeading(handoff),
          [
            ...(handoff.probeSummary
              ? [truncateDiscordText(escapeDiscordMarkdown(handoff.probeSummary), 300)]
              : []),
            ...(handoff.serverReport
              ? [
                  truncateDiscordText(
                    `Server report: ${escapeDiscordMarkdown(handoff.serverReport.summary)} *(pasted by ${formatDiscordPerson(handoff.serverReport.by)}, ${formatDiscordTime(handoff.serverReport.at)})*`,
                    300,
                  ),
                ]
              : []),
            // What the lines above may take comes off the findings, so the field never overflows.
            renderDiscordFindings(handoff.findings, sectionChars - (handoff.serverReport ? 600 : 300), true),
          ].join("\n"),
        )
      : undefined,
    section("Ranking", [
      ...ranking.shown.map((c) => {
        const why = c.evidenceFor.map((e) => escapeDiscordMarkdown(e.label)).join("; ");
        const note = standingNote(c);
        const standing = note ? ` *(${note})*` : "";
        const title = `${c.rank}. ${escapeDiscordMarkdown(c.title)} — ${formatConfidence(c.confidence)}${standing}`;
        return why ? `${title}\n   *why: ${truncateDiscordText(why, 200)}*` : title;
      }),
      ...(ranking.hidden > 0 ? [`*…and ${ranking.hidden} less likely causes.*`] : []),
    ]),
    section(
      "Fixes tried",
      handoff.triedFixes.map(
        (t) =>
          `• ${escapeDiscordMarkdown(t.fixTitle)}: ${t.outcome === "worked" ? "worked" : "did not help"} *(${formatDiscordPerson(t.by)}, ${formatDiscordTime(t.at)})*`,
      ),
    ),
    section(
      "Ruled out",
      handoff.ruledOut.map(
        (r) =>
          `• ${escapeDiscordMarkdown(r.causeTitle)} *(${formatDiscordPerson(r.by)}, ${formatDiscordTime(r.at)})*`,
      ),
    ),
  ].filter((f): f is DiscordField => f !== undefined);
  const state = discordEmbed({
    title: `State of the diagnosis of ${target}`,
    description: `**Symptom:** ${truncateDiscordText(symptom, 500)}`,
    fields,
    color: embedColor.info,
  });
  const embeds: DiscordEmbed[] = [state];
  if (handoff.next) {
    const cause = handoff.ranking.find((c) => c.id === handoff.next?.causeId);
    const title = `Try next${cause ? ` (for ${escapeDiscordMarkdown(cause.title)})` : ""}`;
    const budget =
      discordLimits.embedsTotal - embedSize(state) - Math.min(title.length, discordLimits.embedTitle);
    const nextFields = renderDiscordFix(handoff.next.fix, "next", budget, discordLimits.fieldsPerEmbed);
    embeds.push(discordEmbed({ title, fields: nextFields, color: embedColor.cause }));
  }
  // The person handed to is the one this message pings; `from` is shown as a mention but not pinged.
  const toId = handoff.to === undefined ? undefined : discordUserId(handoff.to);
  return discordMessage({
    content,
    embeds,
    components: buttonRows([
      discordButton("Continue here", { kind: "resume" }, sessionId, buttonStyle.primary),
    ]),
    ping: toId === undefined ? [] : [toId],
  });
}

function section(name: string, lines: string[]): DiscordField | undefined {
  if (lines.length === 0) return undefined;
  return discordField(
    name,
    fitLines(lines, sectionChars, (left) => `*…and ${left} more.*`, 300),
  );
}
