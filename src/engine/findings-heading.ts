import { fromServerReport } from "./from-server-report.js";
import type { ObservedFinding } from "./observed-finding.js";

/** The heading over a diagnosis's findings, naming where they came from: the probes, a server report, or both. */
export function findingsHeading(findings: readonly Pick<ObservedFinding, "id">[]): string {
  const fromReport = findings.filter(fromServerReport).length;
  if (fromReport === 0) return "What the probes saw";
  return fromReport === findings.length
    ? "What the server report says"
    : "What the probes and the server report saw";
}
