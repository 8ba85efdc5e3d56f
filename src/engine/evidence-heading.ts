/** The heading over a handoff's findings: a pasted server report's facts are among them once one is in. */
export function evidenceHeading(handoff: { serverReport?: unknown }): string {
  return handoff.serverReport === undefined
    ? "Probe evidence"
    : "Evidence from the probes and the server report";
}
