import { parseArgs } from "node:util";
import { quoteInput } from "../../src/errors/quote-input.js";
import { type AuditSince, parseSince } from "./parse-since.js";

export interface AuditCommand {
  kind: "audit";
  since: AuditSince;
  user?: string;
  host?: string;
  json: boolean;
}

const defaultSince: AuditSince = { kind: "ago", ms: 24 * 3_600_000 };

/** `rdp-fix audit [--since 24h] [--user ID] [--host H] [--json]`; parseArgs throws for unknown options. */
export function parseAuditArgs(
  args: string[],
): { ok: true; command: AuditCommand } | { ok: false; message: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      since: { type: "string" },
      user: { type: "string" },
      host: { type: "string" },
      json: { type: "boolean" },
    },
  });
  if (positionals.length > 0)
    return { ok: false, message: `unexpected argument ${quoteInput(positionals[0])}` };
  const since = values.since === undefined ? defaultSince : parseSince(values.since);
  if (since === undefined)
    return {
      ok: false,
      message: `--since ${quoteInput(values.since)} must be a duration (30m, 24h, 7d) or an ISO time (2024-05-01T08:00Z)`,
    };
  for (const name of ["user", "host"] as const) {
    if (values[name] === "") return { ok: false, message: `--${name} needs a value` };
  }
  return {
    ok: true,
    command: {
      kind: "audit",
      since,
      ...(values.user === undefined ? {} : { user: values.user }),
      ...(values.host === undefined ? {} : { host: values.host }),
      json: values.json === true,
    },
  };
}
