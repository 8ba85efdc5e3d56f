import {
  evidenceHeading,
  type HandoffReply,
  handoffRanking,
  type SessionStatus,
  standingNote,
} from "../../engine/index.js";
import { formatConfidence } from "./format-confidence.js";
import { formatTime } from "./format-time.js";
import { addressee, emphasis, person, plain, strong } from "./inline.js";
import { findingLine } from "./present-findings.js";
import { presentFix } from "./present-fix.js";
import type { DocumentBlock, Inline, ReplyDocument } from "./reply-document.js";

const statuses: Record<SessionStatus, string> = {
  "awaiting-consent": "waiting for consent to probe",
  probing: "probing",
  asking: "asking questions",
  diagnosed: "diagnosed",
  solved: "solved",
  cancelled: "cancelled",
};

const rankingShown = 5;

/**
 * The whole state for someone who saw none of it, with "Continue here" to resume. Nothing is shortened here:
 * a handoff that does not fit one message goes on in the next.
 */
export function presentHandoff(handoff: HandoffReply): ReplyDocument {
  const to = handoff.to === undefined ? [] : [strong(" to "), addressee(handoff.to, "strong")];
  const target = `${handoff.host} port ${handoff.port} (${statuses[handoff.status]})`;
  const ranking = handoffRanking(handoff.ranking, rankingShown);
  const by = (who: string, at: string): Inline[] => [
    emphasis("("),
    person(who, "emphasis"),
    emphasis(`, ${formatTime(at)})`),
  ];
  const blocks: DocumentBlock[] = [
    {
      type: "paragraph",
      text: [
        strong("Handoff"),
        ...to,
        strong(" from "),
        person(handoff.from, "strong"),
        strong(":"),
        plain(` ${target}`),
      ],
    },
    {
      type: "paragraph",
      text: [
        strong("Symptom:"),
        plain(" "),
        handoff.symptom ? plain(handoff.symptom) : emphasis("(none given)"),
      ],
    },
    ...list(
      "Answers",
      handoff.answers.map((a) => [
        plain(`${a.questionText} `),
        strong(a.answerLabel),
        plain(" "),
        ...by(a.by, a.at),
      ]),
    ),
  ];
  if (handoff.findings.length > 0 || handoff.probeSummary) {
    blocks.push({ type: "heading", text: [strong(`${evidenceHeading(handoff)}:`)] });
    if (handoff.probeSummary) blocks.push({ type: "paragraph", text: [plain(handoff.probeSummary)] });
    if (handoff.serverReport) {
      const { summary, by: who, at } = handoff.serverReport;
      blocks.push({
        type: "paragraph",
        text: [
          plain(`Server report: ${summary} `),
          emphasis("(pasted by "),
          person(who, "emphasis"),
          emphasis(`, ${formatTime(at)})`),
        ],
      });
    }
    blocks.push({ type: "list", items: handoff.findings.map((f) => findingLine(f, true)) });
  }
  if (ranking.shown.length > 0 || ranking.hidden > 0)
    blocks.push({ type: "heading", text: [strong("Ranking:")] });
  for (const c of ranking.shown) {
    const note = standingNote(c);
    blocks.push({
      type: "paragraph",
      text: [
        plain(`${c.rank}. ${c.title} — ${formatConfidence(c.confidence)}`),
        ...(note ? [plain(" "), emphasis(`(${note})`)] : []),
      ],
    });
    const why = c.evidenceFor.map((e) => e.label).join("; ");
    if (why) blocks.push({ type: "paragraph", text: [plain("    "), emphasis(`why: ${why}`)] });
  }
  if (ranking.hidden > 0)
    blocks.push({ type: "paragraph", text: [emphasis(`…and ${ranking.hidden} less likely causes.`)] });
  blocks.push(
    ...list(
      "Fixes tried",
      handoff.triedFixes.map((t) => [
        plain(`${t.fixTitle}: ${t.outcome === "worked" ? "worked" : "did not help"} `),
        ...by(t.by, t.at),
      ]),
    ),
    ...list(
      "Ruled out",
      handoff.ruledOut.map((r) => [plain(`${r.causeTitle} `), ...by(r.by, r.at)]),
    ),
  );
  if (handoff.next) {
    const cause = handoff.ranking.find((c) => c.id === handoff.next?.causeId);
    blocks.push(
      { type: "heading", text: [strong("Try next"), plain(cause ? ` (for ${cause.title}):` : ":")] },
      ...presentFix(handoff.next.fix, "next"),
    );
  }
  blocks.push({
    type: "actions",
    items: [{ type: "button", label: "Continue here", action: { kind: "resume" }, style: "primary" }],
  });
  const summaryTo = handoff.to === undefined ? [] : [plain(" to "), person(handoff.to)];
  return { summary: [plain("Handoff"), ...summaryTo, plain(`: ${target}`)], blocks };
}

function list(heading: string, items: Inline[][]): DocumentBlock[] {
  return items.length === 0
    ? []
    : [
        { type: "heading", text: [strong(`${heading}:`)] },
        { type: "list", items },
      ];
}
