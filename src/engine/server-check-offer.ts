import type { Flow } from "../flow/flow-schema.js";
import { fromServerReport } from "./from-server-report.js";
import type { RankedCause } from "./reply.js";
import type { Session } from "./session.js";

/** How many of the best open causes are looked at: the ones a diagnosis shows in full. */
const topOpenCauses = 3;

/**
 * The causes among the top three still open that a server report can confirm or rule out (some `server.*`
 * finding in the flow weighs on them), while no report has been pasted: what "Check the server" is offered
 * for. Data-driven, so a cause the flow gives server evidence later is offered without a code change.
 */
export function serverCheckCauses(flow: Flow, session: Session, causes: RankedCause[]): string[] {
  if (session.serverReport !== undefined) return [];
  const checkable = new Set(
    flow.findings.filter(fromServerReport).flatMap((f) =>
      Object.entries(f.evidence)
        .filter(([, bits]) => bits !== 0)
        .map(([id]) => id),
    ),
  );
  return causes
    .filter((c) => c.standing === "open")
    .slice(0, topOpenCauses)
    .filter((c) => checkable.has(c.id))
    .map((c) => c.id);
}
