import { renderTotals } from "./render-accuracy-report.js";
import { totals } from "./render-text-report.js";
import { checkExpertTargets, checkTargets, summarizeAccuracy, targetLine } from "./summarize-accuracy.js";
import { summarizeText } from "./summarize-text.js";
import type { TextResult } from "./text-result.js";
import type { SituationResult } from "./way-result.js";

/**
 * The fresh set on its own: its totals beside the reported half's earlier cases, and both issues' targets on
 * it alone. The fresh cases also count in the reported half above; these lines show whether the numbers
 * there hold on cases nobody tuned on.
 */
export function renderFreshReport(
  situations: readonly SituationResult[],
  texts: readonly TextResult[],
): string[] {
  const fresh = situations.filter((s) => s.fresh);
  const freshTexts = texts.filter((t) => t.fresh);
  const earlier = situations.filter((s) => s.half === "reported" && !s.fresh);
  const earlierTexts = texts.filter((t) => t.half === "reported" && !t.fresh);
  const lines = ["Fresh set (written blind after tuning; counted in the reported half above):"];
  for (const [label, part] of [
    ["fresh situations", fresh],
    ["fresh sparse situations", fresh.filter((s) => s.sparse)],
    ["reported half without the fresh set", earlier],
    ["reported half without the fresh set, sparse", earlier.filter((s) => s.sparse)],
  ] as const) {
    lines.push(...renderTotals(label, summarizeAccuracy(part)));
  }
  lines.push(totals(`fresh posts (${freshTexts.length})`, summarizeText(freshTexts)));
  lines.push(
    totals(`reported posts without the fresh set (${earlierTexts.length})`, summarizeText(earlierTexts)),
  );
  lines.push("", "Issue 10 targets on the fresh set alone (without its sparse situations):");
  for (const t of checkTargets(summarizeAccuracy(fresh.filter((s) => !s.sparse)))) lines.push(targetLine(t));
  lines.push("", "Issue 20 targets on the fresh set alone:");
  for (const t of checkExpertTargets(fresh, summarizeText(freshTexts))) lines.push(targetLine(t));
  return lines;
}
