import type { InboundEvent } from "../../src/engine/index.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { serverReportEvent } from "../../src/server-report/server-report-event.js";
import { serverReportAdvice } from "../../src/server-report/server-report-problem.js";

export type ServerReportInput =
  | { ok: true; event: Extract<InboundEvent, { kind: "server-report" }> }
  | { ok: false; message: string; advice: string };

/** Pasted or piped report text to the engine's event, or what is wrong with it and what to do. */
export function serverReportInput(text: string, user: string): ServerReportInput {
  const parsed = parseServerReport(text);
  if (!parsed.ok)
    return { ok: false, message: parsed.problem.message, advice: serverReportAdvice[parsed.problem.kind] };
  return { ok: true, event: serverReportEvent(parsed.report, user) };
}
