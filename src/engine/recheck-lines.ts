import type { RecheckResult, RecheckRow, RecheckVerdict } from "./recheck.js";

/** The verdict of a re-check in the same words on every platform. */
export const recheckVerdictText: Record<RecheckVerdict, string> = {
  fixed: "fixed: what pointed at the cause is gone",
  unchanged: "no change: the same findings still point at the cause, so this fix did not help",
  changed: "something changed, but not everything that pointed at the cause is gone",
  "not-visible": "the probes never saw this cause, so only connecting again can tell",
};

/** The heading of a re-check: which fix, and the verdict. */
export function recheckHeading(result: RecheckResult): string {
  return `Re-check after "${result.fixTitle}": ${recheckVerdictText[result.verdict]}`;
}

/** One before/after row as plain words: "cert.expired: expired 2021-01-01 → gone". */
export function recheckRowText(row: RecheckRow): string {
  return `${row.findingId}: ${row.before ?? "not seen"} → ${row.after ?? "gone"}`;
}
