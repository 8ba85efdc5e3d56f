import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";

/**
 * What someone asked for, from the words after the bot's mention (channel, group chat) or the whole message
 * (personal chat), already plain text:
 *   host42 0x904 since monday        start; the rest is the symptom ("diagnose host42 ..." too)
 *   host42 -p 3390 0x904             start on another port (`--port 3390` works too)
 *   handoff @Bob                     hand the diagnosis in this reply chain to a person
 *   help  |  (nothing)               help
 * Host and port are read by parseProbeTarget, as at every other entry point.
 */
export type TeamsCommand =
  | { kind: "start"; host: string; port?: number; text: string }
  | { kind: "handoff"; to?: string }
  | { kind: "help" }
  | { kind: "invalid"; message: string };

const helpWords = new Set(["help", "-h", "--help", "?"]);

export function decodeTeamsCommand(plain: string): TeamsCommand {
  const words = plain.trim().replace(/^diagnose(\s+|$)/i, "");
  const [first = "", ...rest] = words.split(/\s+/u);
  if (first === "" || helpWords.has(first.toLowerCase())) return { kind: "help" };
  if (first.toLowerCase() === "handoff") {
    const to = rest.join(" ").trim();
    if (to === "") return { kind: "handoff" };
    return /^@[\p{L}\p{N} ._'-]{1,80}$/u.test(to)
      ? { kind: "handoff", to }
      : { kind: "invalid", message: "Hand off to one person: @rdp-fix handoff @someone." };
  }
  const match = /^(\S+)(?:\s+(-p|--port)(?:\s+(\S+))?)?(?:\s+([\s\S]*))?$/u.exec(words.trim());
  const host = match?.[1] ?? first;
  if (host.startsWith("-"))
    return { kind: "invalid", message: "Start with the host: @rdp-fix host42 -p 3390 what you see." };
  const target = parseProbeTarget(match?.[2] === undefined ? { host } : { host, port: match[3] ?? "" });
  if (!target.ok) {
    const hint = target.field === "port" ? " E.g. @rdp-fix host42 -p 3390." : "";
    return { kind: "invalid", message: `I cannot use that ${target.field}: ${target.problem}.${hint}` };
  }
  const start = { kind: "start" as const, host: target.host, text: (match?.[4] ?? "").trim() };
  return target.port === undefined ? start : { ...start, port: target.port };
}
