import { parseArgs } from "node:util";
import { quoteInput } from "../../src/errors/quote-input.js";
import { parseInterval } from "../../src/runtime/parse-interval.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import type { ReportTo } from "../../src/state/watch.js";

export type WatchCommand =
  | { kind: "watch"; action: "add"; host: string; port?: number; everyMs?: number; reportTo?: ReportTo }
  | { kind: "watch"; action: "list"; json: boolean }
  | { kind: "watch"; action: "remove"; host: string; port?: number }
  | { kind: "watch"; action: "run" };

type Parsed = { ok: true; command: WatchCommand } | { ok: false; message: string };

const usage =
  "use: rdp-fix watch add <host> [--port N] [--every 6h] [--report-to PLATFORM:CONVERSATION], watch list [--json], watch remove <host> [--port N], or watch run";

/** `rdp-fix watch add|list|remove|run ...`; the host and port through the one target validator. */
export function parseWatchArgs(args: string[]): Parsed {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: "string", short: "p" },
      every: { type: "string" },
      "report-to": { type: "string" },
      json: { type: "boolean" },
    },
  });
  const [action, host, extra] = positionals;
  const unexpected = (what: string) => ({
    ok: false as const,
    message: `${what} is not an option of watch ${action}`,
  });
  if (action === "list" || action === "run") {
    if (host !== undefined) return { ok: false, message: `unexpected argument ${quoteInput(host)}` };
    for (const name of ["port", "every", "report-to"] as const)
      if (values[name] !== undefined) return unexpected(`--${name}`);
    if (action === "run")
      return values.json ? unexpected("--json") : { ok: true, command: { kind: "watch", action } };
    return { ok: true, command: { kind: "watch", action, json: values.json === true } };
  }
  if (action !== "add" && action !== "remove")
    return { ok: false, message: `unknown watch command ${quoteInput(action ?? "")}; ${usage}` };
  if (host === undefined) return { ok: false, message: `missing host: rdp-fix watch ${action} <host>` };
  if (extra !== undefined) return { ok: false, message: `unexpected argument ${quoteInput(extra)}` };
  if (values.json) return unexpected("--json");
  const target = parseProbeTarget(values.port === undefined ? { host } : { host, port: values.port });
  if (!target.ok) {
    const input = target.field === "host" ? host : (values.port ?? "");
    return { ok: false, message: `bad ${target.field} ${quoteInput(input)}: ${target.problem}` };
  }
  const where = {
    host: target.host.toLowerCase(),
    ...(target.port === undefined ? {} : { port: target.port }),
  };
  if (action === "remove") {
    if (values.every !== undefined) return unexpected("--every");
    if (values["report-to"] !== undefined) return unexpected("--report-to");
    return { ok: true, command: { kind: "watch", action, ...where } };
  }
  const everyMs = values.every === undefined ? undefined : parseInterval(values.every);
  if (values.every !== undefined && everyMs === undefined)
    return {
      ok: false,
      message: `--every ${quoteInput(values.every)} must be a duration such as 30m, 6h or 1d`,
    };
  const reportTo = values["report-to"] === undefined ? undefined : parseReportTo(values["report-to"]);
  if (reportTo === null)
    return {
      ok: false,
      message: `--report-to ${quoteInput(values["report-to"] ?? "")} must be PLATFORM:CONVERSATION (a platform name, a colon, the channel or conversation id)`,
    };
  return {
    ok: true,
    command: {
      kind: "watch",
      action,
      ...where,
      ...(everyMs === undefined ? {} : { everyMs }),
      ...(reportTo === undefined ? {} : { reportTo }),
    },
  };
}

/** `platform:conversation`: a platform's registered name, then its own reference, which may hold colons. */
function parseReportTo(text: string): ReportTo | null {
  const match = /^([a-z][a-z0-9-]{0,31}):([\x21-\x7e]{1,256})$/.exec(text);
  return match ? { platform: match[1] ?? "", conversation: match[2] ?? "" } : null;
}
