import type { InboundEvent } from "../../src/engine/index.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { ServerReportError } from "../../src/server-report/server-report-error.js";
import { serverReportEvent } from "../../src/server-report/server-report-event.js";
import { readCappedFile } from "./read-capped-file.js";

/** A report file is a line or some pretty-printed JSON; anything far larger is not one, so no more is read. */
const maxFileBytes = 256 * 1024;

/**
 * `--evidence FILE`: the server report in the file as the engine's event. A file that cannot be read or does
 * not hold a usable report is a ServerReportError (exit 2): the command line must change, nothing is diagnosed.
 */
export async function readEvidenceFile(
  path: string,
  user: string,
): Promise<Extract<InboundEvent, { kind: "server-report" }>> {
  let text: string;
  try {
    const file = await readCappedFile(path, maxFileBytes);
    if (file.kind === "too-large")
      throw ServerReportError.fromProblem(
        {
          kind: "too-large",
          message: `it holds more than ${maxFileBytes} bytes; a report is a few kilobytes`,
        },
        path,
      );
    text = file.text;
  } catch (error) {
    if (error instanceof ServerReportError) throw error;
    const reason = (error as { code?: unknown }).code === "ENOENT" ? "no such file" : "cannot be read";
    throw new ServerReportError(
      "SERVER_REPORT_UNREADABLE",
      `${path}: ${reason}`,
      "Save the collector's RDPFIX1: line (or its -Json output) to a file and pass that file's path.",
      { cause: error },
    );
  }
  const parsed = parseServerReport(text);
  if (!parsed.ok) throw ServerReportError.fromProblem(parsed.problem, path);
  return serverReportEvent(parsed.report, user);
}
