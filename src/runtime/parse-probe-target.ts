import { parseHostnameInput } from "../probes/hostname-input.js";
import { parsePortInput } from "../probes/port-input.js";

/** A target as it arrives from any entry point: the host as typed, the port as typed (or as a chat option). */
export interface ProbeTargetInput {
  host: string;
  /** Absent means the default port; anything present that is not a port (null, "", "03389") is refused. */
  port?: unknown;
}

export type ParsedProbeTarget =
  | { ok: true; host: string; port?: number }
  | { ok: false; field: "host" | "port"; problem: string };

export const portProblem = "the port must be a whole number from 1 to 65535 (digits only, no leading zero)";

/**
 * The one reading of a target that every entry point (slash command, Discord options, mentions, triage
 * buttons, the CLI) applies, so the same input gets the same verdict and the same words everywhere. The
 * host stays as typed; the probe policy reads it again against the resolved addresses. `problem` is plain
 * text that may quote the input: each entry point escapes it for where it shows it.
 */
export function parseProbeTarget(input: ProbeTargetInput): ParsedProbeTarget {
  const host = parseHostnameInput(input.host);
  if (host.kind === "invalid") return { ok: false, field: "host", problem: host.reason };
  if (input.port === undefined) return { ok: true, host: input.host };
  const port =
    typeof input.port === "string" || typeof input.port === "number" ? parsePortInput(input.port) : undefined;
  if (port?.kind !== "port") return { ok: false, field: "port", problem: portProblem };
  return { ok: true, host: input.host, port: port.port };
}
