import {
  type EvidenceItem,
  evidenceWords,
  fixDidNotHelpText,
  nextFix,
  type RankedCause,
  standingNote,
} from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatConfidence } from "./format-confidence.js";
import { renderSlackFix } from "./render-slack-fix.js";
import type { KnownBlock } from "./slack-block-types.js";
import { actionsBlocks, mrkdwnSection } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

/**
 * How much of a cause a diagnosis card shows. `full`: the cause, its evidence, how to confirm it, and every
 * fix in its own section. `brief`: one section with the cause and its first fix. `line`: one line among
 * others, for when a message cannot hold more (see layoutSlackCauses).
 */
export type CauseDetail = "full" | "brief" | "line";

export function renderSlackCause(
  cause: RankedCause,
  detail: Exclude<CauseDetail, "line">,
  sessionId: string | undefined,
): KnownBlock[] {
  const next = nextFix(cause);
  const buttons = actionsBlocks([
    next
      ? actionButton("This fixed it", feedbackAction(cause, next.fix.id, "worked"), sessionId, "primary")
      : undefined,
    next
      ? actionButton("Didn't help", feedbackAction(cause, next.fix.id, "did-not-help"), sessionId, "danger")
      : undefined,
    cause.standing === "ruled-out"
      ? undefined
      : actionButton("Not the cause", { kind: "rule-out-cause", causeId: cause.id }, sessionId),
  ]);
  const noFix = next ? [] : ["_Every fix for this cause has been tried._"];
  const tried = triedLines(cause);
  if (detail === "full") {
    const about = [
      causeHeader(cause),
      escapeMrkdwn(cause.explanation),
      ...evidence(cause),
      ...confirm(cause),
      ...tried,
    ];
    const untried = cause.fixes.flatMap((fix, i) =>
      cause.triedFixIds.includes(fix.id)
        ? []
        : [mrkdwnSection(renderSlackFix(fix, fixLabel(cause, i), slackLimits.sectionText))],
    );
    const [firstFix, ...otherFixes] = untried;
    return [
      { type: "divider" },
      mrkdwnSection([...about, ...noFix].join("\n")),
      ...(firstFix ? [firstFix] : []),
      ...buttons,
      ...otherFixes,
    ];
  }
  const about = truncateMrkdwn(
    [causeHeader(cause), escapeMrkdwn(cause.explanation), ...evidence(cause), ...tried].join("\n"),
    900,
  );
  const others = cause.fixes.length - cause.triedFixIds.length - (next ? 1 : 0);
  const more = others > 0 ? [`_${others} more fix(es) for this cause are not shown here._`] : [];
  const fixBudget = slackLimits.sectionText - about.length - more.join("").length - 2;
  const fix = next ? [renderSlackFix(next.fix, fixLabel(cause, next.index), fixBudget)] : noFix;
  return [mrkdwnSection([about, ...fix, ...more].join("\n")), ...buttons];
}

/** One line for a cause shown at the least detail. */
export function renderSlackCauseLine(cause: RankedCause): string {
  const next = nextFix(cause);
  const tryFirst = next ? ` — try next: ${escapeMrkdwn(next.fix.title)}` : "";
  return `• ${causeHeader(cause)}${tryFirst}`;
}

/** "~1a) Clear the certificate cache~ did not help", one per tried fix, so the card says what is done. */
function triedLines(cause: RankedCause): string[] {
  return cause.fixes.flatMap((fix, i) =>
    cause.triedFixIds.includes(fix.id)
      ? [`~${fixLabel(cause, i)}) ${escapeMrkdwn(fix.title)}~ _${fixDidNotHelpText}_`]
      : [],
  );
}

function causeHeader(cause: RankedCause): string {
  const note = standingNote(cause);
  const tried = note ? ` _(${note})_` : "";
  return `*${escapeMrkdwn(`${cause.rank}. ${cause.title}`)}* — ${formatConfidence(cause.confidence)}${tried}`;
}

function evidence(cause: RankedCause): string[] {
  const items = [...cause.evidenceFor, ...cause.evidenceAgainst];
  return items.length === 0 ? [] : ["*Why:*", ...items.map(formatEvidence)];
}

/** Evidence for and against, in words; the bits are for `--json`. */
function formatEvidence(item: EvidenceItem): string {
  return `${item.bits > 0 ? "+" : "−"} ${escapeMrkdwn(item.label)} _(${evidenceWords(item.bits)})_`;
}

function confirm(cause: RankedCause): string[] {
  return cause.confirm.length === 0
    ? []
    : ["*Confirm:*", ...cause.confirm.map((c) => `• ${escapeMrkdwn(c)}`)];
}

/** "1a" names the first fix of the first cause, as the terminal does. */
function fixLabel(cause: RankedCause, index: number): string {
  return `${cause.rank}${String.fromCharCode(97 + index)}`;
}

function feedbackAction(cause: RankedCause, fixId: string, outcome: "worked" | "did-not-help") {
  return { kind: "fix-feedback" as const, causeId: cause.id, fixId, outcome };
}
