import type { ProbeReport } from "../probes/probe-report.js";

/** One line for the diagnosis: how much was checked, how fast, and how many findings came of it. */
export function summarizeProbeReport(report: ProbeReport): string {
  const addresses = report.addresses.length === 1 ? "1 address" : `${report.addresses.length} addresses`;
  const findings = new Set(report.findings.map((f) => f.id)).size;
  return `Probed ${report.host} port ${report.port} (${addresses}) in ${Math.round(report.durationMs)} ms: ${findings} distinct findings.`;
}
