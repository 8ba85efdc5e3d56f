import type { Cause } from "../flow/flow-schema.js";
import type { Session } from "./session.js";

/**
 * The fixes of `cause` somebody tried that did not help, in the flow's order, and whether that is all of them
 * (the cause then loses ground). The evidence and the ranking both read a cause's feedback through this.
 */
export function triedFixes(cause: Cause, session: Session): { ids: string[]; exhausted: boolean } {
  const ids = cause.fixes
    .filter((fix) =>
      session.feedback.some(
        (f) => f.causeId === cause.id && f.fixId === fix.id && f.outcome === "did-not-help",
      ),
    )
    .map((fix) => fix.id);
  return { ids, exhausted: cause.fixes.length > 0 && ids.length === cause.fixes.length };
}
