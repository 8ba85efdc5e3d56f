import { nextFix } from "./next-fix.js";
import type { DiagnosisReply, RankedCause } from "./reply.js";

/**
 * The fix a "Re-check now" button is about: the next untried fix of the best cause still open. Only for a
 * diagnosis whose probes ran, since a re-check compares against them. `label` is the fix's "1a".
 */
export function recheckTarget(
  diagnosis: DiagnosisReply,
): { cause: RankedCause; fixId: string; label: string } | undefined {
  if (diagnosis.probeSummary === undefined) return undefined;
  for (const cause of diagnosis.causes) {
    if (cause.standing !== "open") continue;
    const next = nextFix(cause);
    if (!next) continue;
    return { cause, fixId: next.fix.id, label: `${cause.rank}${String.fromCharCode(97 + next.index)}` };
  }
  return undefined;
}
