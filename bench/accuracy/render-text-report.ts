import { checkExpertTargets, type TargetCheck, targetLine } from "./summarize-accuracy.js";
import { summarizeText, type TextSummary } from "./summarize-text.js";
import type { TextResult } from "./text-result.js";
import type { SituationResult } from "./way-result.js";

const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

/** The free-text reports: reading per half, the conversations from them, issue 20's targets, every slip. */
export function renderTextReport(
  situations: readonly SituationResult[],
  texts: readonly TextResult[],
): string[] {
  const reported = texts.filter((t) => t.half === "reported");
  const lines = [`Free-text reports (${texts.length}):`];
  for (const [label, part] of [
    ["reported half", reported],
    ["tuning half", texts.filter((t) => t.half === "tuning")],
  ] as const) {
    lines.push(totals(`${label} (${part.length} posts)`, summarizeText(part)));
  }
  lines.push("", "Issue 20 targets (reported half):");
  const targets: TargetCheck[] = checkExpertTargets(
    situations.filter((s) => s.half === "reported"),
    summarizeText(reported),
  );
  for (const t of targets) lines.push(targetLine(t));
  lines.push("", "Reading slips (facts read wrongly or missed) and from-text misses:");
  for (const t of texts) {
    const { wrong, missed } = t.reading;
    if (wrong.length > 0) lines.push(`  [${t.half}] ${t.name}: read wrongly ${wrong.join(", ")}`);
    if (missed.length > 0) lines.push(`  [${t.half}] ${t.name}: missed ${missed.join(", ")}`);
    if (t.conversation.rankOfTrue !== 1)
      lines.push(
        `  [${t.half}] ${t.name}: true ${t.cause} at rank ${t.conversation.rankOfTrue}; gave ${t.conversation.ranking.slice(0, 3).join(", ")}`,
      );
  }
  return lines;
}

/** One set of posts on one line: the reading, then the conversations started from them. */
export function totals(label: string, s: TextSummary): string {
  return (
    `  ${label}: reading precision ${percent(s.precision)}, recall ${percent(s.recall)}; ` +
    `conversation top-1 ${percent(s.top1)}, top-3 ${percent(s.top3)}, ` +
    `mean questions ${s.meanQuestions.toFixed(1)}, re-asked in ${percent(s.reAskShare)}`
  );
}
