import type { InboundEvent } from "../engine/index.js";
import { serverReportFindings } from "./server-report-findings.js";
import type { ServerReport } from "./server-report-schema.js";

/** A checked report as the engine's event: its findings, where it came from, who passed it on. */
export function serverReportEvent(
  report: ServerReport,
  user: string,
): Extract<InboundEvent, { kind: "server-report" }> {
  const { name, os, build } = report.computer;
  const system = [os, build === null ? undefined : `build ${build}`].filter(
    (part) => part !== undefined && part !== null,
  );
  const when = `${report.collectedAt.slice(0, 10)} ${report.collectedAt.slice(11, 16)} UTC`;
  return {
    kind: "server-report",
    findings: serverReportFindings(report),
    summary: `${name}${system.length > 0 ? ` (${system.join(", ")})` : ""}, collected ${when}`,
    computer: name,
    ...(report.listener.portNumber === null ? {} : { listenerPort: report.listener.portNumber }),
    user,
  };
}
