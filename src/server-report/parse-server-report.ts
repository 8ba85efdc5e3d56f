import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { clipInput, quoteInput } from "../errors/quote-input.js";
import {
  maxServerReportJsonBytes,
  maxServerReportLineLength,
  serverReportChecksumDigits,
  serverReportLineVersion,
  serverReportPasteAllowance,
} from "./server-report-line.js";
import type { ServerReportProblem, ServerReportProblemKind } from "./server-report-problem.js";
import { type ServerReport, serverReportSchema } from "./server-report-schema.js";

export type ParsedServerReport =
  | { ok: true; report: ServerReport; form: "line" | "json" }
  | { ok: false; problem: ServerReportProblem };

const fail = (kind: ServerReportProblemKind, message: string): ParsedServerReport => ({
  ok: false,
  problem: { kind, message },
});

/**
 * A pasted or passed report, as the RDPFIX1 line or as the plain JSON of `-Json`, checked for size, version,
 * checksum and shape. Never throws: whatever a person pastes comes back as a report or as a problem to show.
 */
export function parseServerReport(text: string): ParsedServerReport {
  if (text.length > maxServerReportJsonBytes + serverReportPasteAllowance)
    return fail(
      "too-large",
      `the paste is ${text.length} characters, larger than a report can be (${maxServerReportJsonBytes} bytes)`,
    );
  const trimmed = text
    .trim()
    .replace(/^`+|`+$/g, "")
    .trim();
  if (trimmed.startsWith("{")) return parseJson(trimmed, "json");
  if (text.length > maxServerReportLineLength + serverReportPasteAllowance)
    return fail(
      "too-large",
      `the paste is ${text.length} characters; a report line has at most ${maxServerReportLineLength}`,
    );
  const start = trimmed.indexOf("RDPFIX");
  if (start < 0)
    return fail("garbled", "this is not a server report: it should be one line starting with RDPFIX1:");
  // Consoles wrap long lines when they are copied; base64 has no whitespace, so any found is a wrap.
  const line = trimmed.slice(start).replace(/\s+/g, "");
  const version = /^RDPFIX(\d+):/.exec(line);
  if (!version?.[1]) return fail("garbled", "the report line must start with RDPFIX1:");
  if (Number(version[1]) !== serverReportLineVersion)
    return fail(
      "wrong-version",
      `this is a version ${clipInput(version[1])} report; this rdp-fix reads version ${serverReportLineVersion}`,
    );
  if (line.length > maxServerReportLineLength)
    return fail(
      "too-large",
      `the line is ${line.length} characters; a report has at most ${maxServerReportLineLength}`,
    );
  const base64 = line.slice(version[0].length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    return fail("garbled", "the report line holds characters that base64 does not use");
  if (base64.length === 0 || base64.length % 4 !== 0)
    return fail("truncated", "the report line is incomplete (its base64 length is not a multiple of 4)");
  const bytes = Buffer.from(base64, "base64");
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    return fail("garbled", "the report line does not hold gzip data");
  let payload: string;
  try {
    payload = gunzipSync(bytes, { maxOutputLength: maxServerReportJsonBytes + 64 }).toString("utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE")
      return fail("too-large", `the report expands beyond ${maxServerReportJsonBytes} bytes`);
    if (code === "Z_BUF_ERROR")
      return fail("truncated", "the report line was cut off (the gzip data ends early)");
    return fail("tampered", "the report line is damaged (its gzip data does not check out)");
  }
  const newline = payload.indexOf("\n");
  const checksum = payload.slice(0, newline);
  const json = payload.slice(newline + 1);
  if (newline < 0 || !new RegExp(`^[0-9a-f]{${serverReportChecksumDigits}}$`).test(checksum))
    return fail("garbled", "the report line holds no checksum; it was not made by the rdp-fix collector");
  const actual = createHash("sha256").update(json, "utf8").digest("hex").slice(0, serverReportChecksumDigits);
  if (actual !== checksum) return fail("tampered", "the report does not match its checksum: it was changed");
  return parseJson(json, "line");
}

function parseJson(json: string, form: "line" | "json"): ParsedServerReport {
  if (Buffer.byteLength(json, "utf8") > maxServerReportJsonBytes)
    return fail("too-large", `the report is larger than ${maxServerReportJsonBytes} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return /end of (JSON )?input|Unterminated/i.test(message)
      ? fail("truncated", "the report JSON ends early: it was cut off")
      : fail("garbled", "the report is not valid JSON");
  }
  const head = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (head.format !== "rdp-fix-server-report")
    return fail("invalid", 'this JSON is not a server report (its "format" is not "rdp-fix-server-report")');
  if (head.version !== serverReportLineVersion)
    return fail(
      "wrong-version",
      `this is a version ${quoteInput(head.version)} report; this rdp-fix reads version ${serverReportLineVersion}`,
    );
  const parsed = serverReportSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.join(".") || "(root)";
    return fail(
      "invalid",
      `the report does not have the expected shape (${path}: ${first?.message ?? "invalid"})`,
    );
  }
  return { ok: true, report: parsed.data, form };
}
