import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

/**
 * What someone asked for with `/rdp-fix <text>`:
 *   /rdp-fix host42 0x904 since monday       start; the rest is the symptom
 *   /rdp-fix host42 -p 3390 0x904            start on another port (`--port 3390` works too)
 *   /rdp-fix handoff @oncall                 hand the diagnosis in this thread to a person or user group
 *   /rdp-fix  |  /rdp-fix help               help
 * `host:port` is not read as a port (an IPv6 literal is full of colons); host validation says so. Host and port
 * are read by parseProbeTarget, as at every other entry point. Slack sends
 * the text with &, <, > escaped, and mentions and links as `<@U123|bob>`, `<http://host42|host42>`.
 */
export type SlashCommandRequest =
  | { kind: "start"; host: string; port?: number; text: string }
  | { kind: "handoff"; to?: string }
  | { kind: "help" }
  | { kind: "invalid"; message: string };

const helpWords = new Set(["help", "-h", "--help", "?"]);
const userMention = /^<@([UW][A-Z0-9]{2,20})(?:\|[^<>]*)?>$/;
const groupMention = /^<!subteam\^([A-Z0-9]{2,20})(?:\|[^<>]*)?>$/;
const plainName = /^@?[\p{L}\p{N}._-]{1,80}$/u;
/** Never a way to ping a whole channel or workspace. */
const everyone = new Set(["channel", "here", "everyone"]);

export function decodeSlashCommand(text: string): SlashCommandRequest {
  const trimmed = text.trim();
  const [first = "", ...rest] = trimmed.split(/\s+/u);
  if (first === "" || helpWords.has(first.toLowerCase())) return { kind: "help" };
  if (first.toLowerCase() === "handoff") return decodeHandoff(rest);

  const match = /^(\S+)(?:\s+(-p|--port)(?:\s+(\S+))?)?(?:\s+([\s\S]*))?$/u.exec(trimmed);
  const host = unwrapLink(match?.[1] ?? first);
  if (host.startsWith("-"))
    return { kind: "invalid", message: "Start with the host: `/rdp-fix host42 -p 3390 what you see`." };
  const hasPort = match?.[2] !== undefined;
  const target = parseProbeTarget(hasPort ? { host, port: match?.[3] ?? "" } : { host });
  if (!target.ok) return { kind: "invalid", message: targetMessage(target.field, target.problem) };
  const symptom = plainText(match?.[4] ?? "");
  const port = target.port === undefined ? {} : { port: target.port };
  return { kind: "start", host, ...port, text: symptom };
}

/** The same words as every other entry point, escaped so a typed `<!channel>` stays text. */
function targetMessage(field: "host" | "port", problem: string): string {
  const hint = field === "port" ? " E.g. `/rdp-fix host42 -p 3390`." : "";
  return `I cannot use that ${field}: ${escapeMrkdwn(problem)}.${hint}`;
}

function decodeHandoff(words: string[]): SlashCommandRequest {
  const [target, ...extra] = words;
  if (target === undefined) return { kind: "handoff" };
  const user = userMention.exec(target);
  const group = groupMention.exec(target);
  if (extra.length === 0 && user) return { kind: "handoff", to: `<@${user[1]}>` };
  if (extra.length === 0 && group) return { kind: "handoff", to: `<!subteam^${group[1]}>` };
  if (extra.length === 0 && plainName.test(target) && !everyone.has(target.replace(/^@/, "").toLowerCase()))
    return { kind: "handoff", to: target };
  return {
    kind: "invalid",
    message: "Hand off to one person or user group, e.g. `/rdp-fix handoff @oncall`.",
  };
}

/** Slack turns a typed `host42.example.com` into `<http://host42.example.com|host42.example.com>`. */
function unwrapLink(token: string): string {
  const link = /^<https?:\/\/([^<>|]*?)\/?(?:\|([^<>]*))?>$/.exec(token);
  if (!link) return token;
  return link[2] ?? link[1] ?? token;
}

/** Slack markup as the words it shows: `<@U1|bob>` -> @bob, `<#C1|it>` -> #it, `<http://x|x>` -> x, `&lt;` -> <. */
function plainText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+\|([^<>]*)>/g, "@$1")
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, "#$1")
    .replace(/<([^<>|]*)\|([^<>]*)>/g, "$2")
    .replace(/<([^<>]*)>/g, "$1")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .trim();
}
