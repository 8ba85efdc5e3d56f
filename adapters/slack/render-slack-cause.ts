import { type EvidenceItem, evidenceWords, type RankedCause } from "../../src/engine/index.js";
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
  const [first, ...others] = cause.fixes;
  const feedback = first
    ? actionsBlocks([
        actionButton("This fixed it", feedbackAction(cause, first.id, "worked"), sessionId, "primary"),
        actionButton("Didn't help", feedbackAction(cause, first.id, "did-not-help"), sessionId, "danger"),
      ])
    : [];
  const noFix = first ? [] : ["_Every fix for this cause has been tried._"];
  if (detail === "full") {
    const about = [
      causeHeader(cause),
      escapeMrkdwn(cause.explanation),
      ...evidence(cause),
      ...confirm(cause),
    ];
    const [firstFix, ...otherFixes] = cause.fixes.map((fix, i) =>
      mrkdwnSection(renderSlackFix(fix, fixLabel(cause, i), slackLimits.sectionText)),
    );
    return [
      { type: "divider" },
      mrkdwnSection([...about, ...noFix].join("\n")),
      ...(firstFix ? [firstFix, ...feedback] : []),
      ...otherFixes,
    ];
  }
  const about = truncateMrkdwn(
    [causeHeader(cause), escapeMrkdwn(cause.explanation), ...evidence(cause)].join("\n"),
    900,
  );
  const more =
    others.length > 0 ? [`_${others.length} more fix(es) for this cause are not shown here._`] : [];
  const fixBudget = slackLimits.sectionText - about.length - more.join("").length - 2;
  const fix = first ? [renderSlackFix(first, fixLabel(cause, 0), fixBudget)] : noFix;
  return [mrkdwnSection([about, ...fix, ...more].join("\n")), ...feedback];
}

/** One line for a cause shown at the least detail. */
export function renderSlackCauseLine(cause: RankedCause): string {
  const first = cause.fixes[0];
  const tryFirst = first ? ` — try first: ${escapeMrkdwn(first.title)}` : "";
  return `• ${causeHeader(cause)}${tryFirst}`;
}

function causeHeader(cause: RankedCause): string {
  const tried = cause.demoted ? " _(a fix was tried and did not help)_" : "";
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
