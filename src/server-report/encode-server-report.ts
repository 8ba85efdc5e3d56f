import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { serverReportChecksumDigits, serverReportLinePrefix } from "./server-report-line.js";

/**
 * The RDPFIX1 line for a report, exactly as the PowerShell collector builds it (compact JSON, checksum line,
 * gzip, base64). Used to build test reports and fixtures from JSON; the collector itself runs on Windows.
 */
export function encodeServerReport(report: unknown): string {
  const json = JSON.stringify(report);
  const checksum = createHash("sha256")
    .update(json, "utf8")
    .digest("hex")
    .slice(0, serverReportChecksumDigits);
  return serverReportLinePrefix + gzipSync(Buffer.from(`${checksum}\n${json}`, "utf8")).toString("base64");
}
