import {
  type EvidenceItem,
  evidenceWords,
  fixDidNotHelpText,
  nextFix,
  type RankedCause,
  standingNote,
} from "../../engine/index.js";
import { fixLabel } from "./fix-label.js";
import { formatConfidence } from "./format-confidence.js";
import { emphasis, plain, strong, struck } from "./inline.js";
import { presentFix } from "./present-fix.js";
import type { DocumentBlock, DocumentButton, Inline } from "./reply-document.js";

/** Evidence items a brief cause keeps: the strongest few say why it ranks where it does. */
const briefEvidence = 3;

/**
 * One shown cause at three levels of detail, for the fitting pass to choose from. `full`: the cause, its
 * evidence, how to confirm it and every untried fix, the feedback buttons under the first. `brief`: the
 * cause, its strongest evidence and the first untried fix. `line`: one line with what to try next, with its
 * buttons while there is room (a person may know the answer), then without. The top
 * cause never goes below brief: a card always shows it and its first fix.
 */
export function presentCause(cause: RankedCause, top: boolean): DocumentBlock {
  const variants = [full(cause), brief(cause)];
  const line: DocumentBlock = { type: "list", items: [causeLine(cause)] };
  if (!top) variants.push([line, ...buttons(cause)], [line]);
  return { type: "shrinkable", priority: top ? 0 : cause.rank, variants };
}

function full(cause: RankedCause): DocumentBlock[] {
  const untried = cause.fixes.flatMap((fix, i) =>
    cause.triedFixIds.includes(fix.id) ? [] : [presentFix(fix, fixLabel(cause, i))],
  );
  const [first, ...others] = untried;
  const confirm: DocumentBlock[] =
    cause.confirm.length === 0
      ? []
      : [
          { type: "paragraph", text: [strong("Confirm:")] },
          { type: "list", items: cause.confirm.map((c) => [plain(c)]) },
        ];
  return [
    { type: "divider" },
    ...about(cause, [...cause.evidenceFor, ...cause.evidenceAgainst]),
    ...confirm,
    ...tried(cause),
    ...(first ?? [noFixLeft]),
    ...buttons(cause),
    ...others.flat(),
  ];
}

function brief(cause: RankedCause): DocumentBlock[] {
  const next = nextFix(cause);
  const others = cause.fixes.length - cause.triedFixIds.length - (next ? 1 : 0);
  const evidence = [...cause.evidenceFor, ...cause.evidenceAgainst].slice(0, briefEvidence);
  const more: DocumentBlock[] =
    others > 0
      ? [{ type: "paragraph", text: [emphasis(`${others} more fix(es) for this cause are not shown here.`)] }]
      : [];
  return [
    { type: "divider" },
    ...about(cause, evidence),
    ...tried(cause),
    ...(next ? presentFix(next.fix, fixLabel(cause, next.index)) : [noFixLeft]),
    ...more,
    ...buttons(cause),
  ];
}

/** "4. Title — 5% — try next: Renew the certificate", for a cause shown at the least detail. */
export function causeLine(cause: RankedCause): Inline[] {
  const next = nextFix(cause);
  return [...causeHeader(cause), ...(next ? [plain(` — try next: ${next.fix.title}`)] : [])];
}

function about(cause: RankedCause, evidence: EvidenceItem[]): DocumentBlock[] {
  const why: DocumentBlock[] =
    evidence.length === 0
      ? []
      : [
          { type: "paragraph", text: [strong("Why:")] },
          ...evidence.map((item): DocumentBlock => ({ type: "paragraph", text: formatEvidence(item) })),
        ];
  return [
    { type: "heading", text: causeHeader(cause), tone: cause.rank === 1 ? "top-cause" : "cause" },
    { type: "paragraph", text: [plain(cause.explanation)] },
    ...why,
  ];
}

function causeHeader(cause: RankedCause): Inline[] {
  const note = standingNote(cause);
  return [
    strong(`${cause.rank}. ${cause.title}`),
    plain(` — ${formatConfidence(cause.confidence)}`),
    ...(note ? [plain(" "), emphasis(`(${note})`)] : []),
  ];
}

/** Evidence for and against, in words; the bits are for `--json`. */
function formatEvidence(item: EvidenceItem): Inline[] {
  return [plain(`${item.bits > 0 ? "+" : "−"} ${item.label} `), emphasis(`(${evidenceWords(item.bits)})`)];
}

/** "~1a) Clear the certificate cache~ did not help", one per tried fix, so the card says what is done. */
function tried(cause: RankedCause): DocumentBlock[] {
  return cause.fixes.flatMap((fix, i): DocumentBlock[] =>
    cause.triedFixIds.includes(fix.id)
      ? [
          {
            type: "paragraph",
            text: [struck(`${fixLabel(cause, i)}) ${fix.title}`), plain(" "), emphasis(fixDidNotHelpText)],
          },
        ]
      : [],
  );
}

const noFixLeft: DocumentBlock = {
  type: "paragraph",
  text: [emphasis("Every fix for this cause has been tried.")],
};

/** "This fixed it" / "Didn't help" about the next fix, and "Not the cause" while the cause is open. */
function buttons(cause: RankedCause): DocumentBlock[] {
  const next = nextFix(cause);
  const items: DocumentButton[] = [];
  if (next) {
    const feedback = (outcome: "worked" | "did-not-help") =>
      ({ kind: "fix-feedback", causeId: cause.id, fixId: next.fix.id, outcome }) as const;
    const about = fixLabel(cause, next.index);
    items.push({
      type: "button",
      label: "This fixed it",
      action: feedback("worked"),
      style: "primary",
      about,
    });
    items.push({
      type: "button",
      label: "Didn't help",
      action: feedback("did-not-help"),
      style: "danger",
      about,
    });
  }
  if (cause.standing !== "ruled-out")
    items.push({
      type: "button",
      label: "Not the cause",
      action: { kind: "rule-out-cause", causeId: cause.id },
      about: String(cause.rank),
    });
  return items.length === 0 ? [] : [{ type: "actions", items }];
}
