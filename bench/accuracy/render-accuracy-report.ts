import { type AccuracySummary, checkTargets, summarizeAccuracy, targetLine } from "./summarize-accuracy.js";
import type { SituationResult, WayResult } from "./way-result.js";

const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const rankText = (w: WayResult) => (w.rankOfTrue === 0 ? "-" : String(w.rankOfTrue));

/** The whole report as lines: per-situation table, totals per half, the issue's targets, then every miss. */
export function renderAccuracyReport(results: readonly SituationResult[]): string[] {
  const lines = [
    `${"#".padStart(2)}  ${fit("situation", 44)} ${fit("half", 8)} ${fit("true cause", 23)} ` +
      `${fit("all facts: top-1", 23)} rank  ${fit("conversation: top-1", 23)} rank  asked answered stop`,
  ];
  results.forEach((r, i) => {
    const a = r.allFacts;
    const c = r.conversation;
    const mark = (w: WayResult) => `${w.rankOfTrue === 1 ? " " : "x"}${fit(w.ranking[0] ?? "-", 22)}`;
    lines.push(
      `${String(i + 1).padStart(2)}  ${fit(r.name, 44)} ${fit(r.half, 8)} ${fit(r.cause, 23)} ` +
        `${mark(a)} ${rankText(a).padStart(4)}  ${mark(c)} ${rankText(c).padStart(4)}  ` +
        `${String(c.questionsAsked).padStart(5)} ${String(c.questionsAnswered).padStart(8)} ${c.reason}`,
    );
  });
  lines.push("");
  const reported = summarizeAccuracy(results.filter((r) => r.half === "reported"));
  const sparse = results.filter((r) => r.sparse);
  for (const [label, summary] of [
    ["sparse, reported half", summarizeAccuracy(sparse.filter((r) => r.half === "reported"))],
    ["sparse, tuning half", summarizeAccuracy(sparse.filter((r) => r.half === "tuning"))],
    ["reported half", reported],
    ["tuning half", summarizeAccuracy(results.filter((r) => r.half === "tuning"))],
    ["all situations", summarizeAccuracy(results)],
  ] as const) {
    lines.push(...renderTotals(label, summary));
  }
  // Issue 10's targets were set on its own situations; the sparse ones (issue 20) have targets of their own.
  const issue10 = summarizeAccuracy(results.filter((r) => r.half === "reported" && !r.sparse));
  lines.push("", "Issue 10 targets (reported half, without the sparse situations):");
  for (const t of checkTargets(issue10)) lines.push(targetLine(t));
  lines.push("", ...renderMisses(results));
  return lines;
}

/** One set's totals: a heading, then top-1, top-3 and mean questions for each way. */
export function renderTotals(label: string, s: AccuracySummary): string[] {
  const way = (name: string, w: AccuracySummary["allFacts"]) =>
    `  ${fit(name, 13)} top-1 ${percent(w.top1).padStart(5)}  top-3 ${percent(w.top3).padStart(5)}  ` +
    `mean questions ${w.meanQuestions.toFixed(1)}`;
  return [
    `${label} (${s.allFacts.count} situations):`,
    way("all facts", s.allFacts),
    way("conversation", s.conversation),
  ];
}

function renderMisses(results: readonly SituationResult[]): string[] {
  const lines = ["Misses (top-1 wrong), with the top three given:"];
  for (const r of results) {
    for (const [way, w] of [
      ["all facts", r.allFacts],
      ["conversation", r.conversation],
    ] as const) {
      if (w.rankOfTrue === 1) continue;
      lines.push(
        `  [${r.half}] ${r.name} (${way}): true ${r.cause} at rank ${rankText(w)}; ` +
          `gave ${w.ranking.slice(0, 3).join(", ")}`,
      );
    }
  }
  if (lines.length === 1) lines.push("  none");
  const notices = results.flatMap((r) =>
    [...r.allFacts.notices, ...r.conversation.notices].map((n) => `  ${r.name}: ${n}`),
  );
  if (notices.length > 0)
    lines.push("", "Engine notices (a situation the flow no longer accepts?):", ...notices);
  return lines;
}
