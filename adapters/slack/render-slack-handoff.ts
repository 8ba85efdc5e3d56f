import {
  evidenceHeading,
  type HandoffReply,
  handoffRanking,
  type SessionStatus,
  standingNote,
} from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatConfidence } from "./format-confidence.js";
import { formatSlackPerson } from "./format-slack-person.js";
import { formatSlackTime, renderSlackFindings } from "./render-slack-findings.js";
import { renderSlackFix } from "./render-slack-fix.js";
import type { KnownBlock } from "./slack-block-types.js";
import { actionsBlocks, fallbackText, mrkdwnSection } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

const statuses: Record<SessionStatus, string> = {
  "awaiting-consent": "waiting for consent to probe",
  probing: "probing",
  asking: "asking questions",
  diagnosed: "diagnosed",
  solved: "solved",
  cancelled: "cancelled",
};

const rankingShown = 5;

/** The whole state for someone who saw none of it, posted in the thread, with "Continue here" to resume. */
export function renderSlackHandoff(handoff: HandoffReply, sessionId: string | undefined): SlackMessage {
  const to = handoff.to === undefined ? "" : ` to ${formatSlackPerson(handoff.to)}`;
  const target = `${escapeMrkdwn(handoff.host)} port ${handoff.port}`;
  const ranking = handoffRanking(handoff.ranking, rankingShown);
  const title = `*Handoff${to} from ${formatSlackPerson(handoff.from)}:* ${target} (${statuses[handoff.status]})`;
  const sections = [
    [title, `*Symptom:* ${handoff.symptom ? escapeMrkdwn(handoff.symptom) : "_(none given)_"}`],
    list(
      "Answers",
      handoff.answers.map(
        (a) =>
          `• ${escapeMrkdwn(a.questionText)} *${escapeMrkdwn(a.answerLabel)}* _(${formatSlackPerson(a.by)}, ${formatSlackTime(a.at)})_`,
      ),
    ),
    handoff.findings.length > 0 || handoff.probeSummary
      ? [
          `*${evidenceHeading(handoff)}:*`,
          ...(handoff.probeSummary ? [escapeMrkdwn(handoff.probeSummary)] : []),
          ...(handoff.serverReport
            ? [
                `Server report: ${escapeMrkdwn(handoff.serverReport.summary)} _(pasted by ${formatSlackPerson(handoff.serverReport.by)}, ${formatSlackTime(handoff.serverReport.at)})_`,
              ]
            : []),
          ...renderSlackFindings(handoff.findings, true),
        ]
      : [],
    list("Ranking", [
      ...ranking.shown.map((c) => {
        const why = c.evidenceFor.map((e) => escapeMrkdwn(e.label)).join("; ");
        const note = standingNote(c);
        const standing = note ? ` _(${note})_` : "";
        return `${c.rank}. ${escapeMrkdwn(c.title)} — ${formatConfidence(c.confidence)}${standing}${why ? `\n    _why: ${why}_` : ""}`;
      }),
      ...(ranking.hidden > 0 ? [`_…and ${ranking.hidden} less likely causes._`] : []),
    ]),
    list(
      "Fixes tried",
      handoff.triedFixes.map(
        (t) =>
          `• ${escapeMrkdwn(t.fixTitle)}: ${t.outcome === "worked" ? "worked" : "did not help"} _(${formatSlackPerson(t.by)}, ${formatSlackTime(t.at)})_`,
      ),
    ),
    list(
      "Ruled out",
      handoff.ruledOut.map(
        (r) => `• ${escapeMrkdwn(r.causeTitle)} _(${formatSlackPerson(r.by)}, ${formatSlackTime(r.at)})_`,
      ),
    ),
  ];
  const blocks: KnownBlock[] = sections.filter((s) => s.length > 0).map((s) => mrkdwnSection(s.join("\n")));
  if (handoff.next) {
    const cause = handoff.ranking.find((c) => c.id === handoff.next?.causeId);
    const heading = `*Try next*${cause ? ` (for ${escapeMrkdwn(cause.title)})` : ""}:`;
    const budget = slackLimits.sectionText - heading.length - 1;
    blocks.push(mrkdwnSection(`${heading}\n${renderSlackFix(handoff.next.fix, "next", budget)}`));
  }
  blocks.push(...actionsBlocks([actionButton("Continue here", { kind: "resume" }, sessionId, "primary")]));
  const plainTo = handoff.to === undefined ? "" : ` to ${formatSlackPerson(handoff.to)}`;
  return { text: fallbackText(`Handoff${plainTo}: ${target} (${statuses[handoff.status]})`), blocks };
}

function list(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`*${heading}:*`, ...lines];
}
