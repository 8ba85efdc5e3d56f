import type { Fix } from "../flow/flow-schema.js";
import type { RankedCause } from "./reply.js";

/**
 * The fix to try next for a cause: the first one, in the ranking's order, that nobody has said did not help.
 * Its index is the letter the diagnosis shows ("1b" after "1a" did not help), so labels never shift.
 */
export function nextFix(
  cause: Pick<RankedCause, "fixes" | "triedFixIds">,
): { fix: Fix; index: number } | undefined {
  const index = cause.fixes.findIndex((fix) => !cause.triedFixIds.includes(fix.id));
  const fix = cause.fixes[index];
  return fix ? { fix, index } : undefined;
}
