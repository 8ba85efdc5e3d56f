import { parseProbeTarget } from "../runtime/parse-probe-target.js";
import type { ChatCommand } from "./chat-command.js";
import { commandFor } from "./command-for.js";
import { readWatchCommand } from "./read-watch-command.js";

/** How one platform writes what the shared grammar reads. */
export interface TextCommandDialect {
  /** The platform's command, `<host>` where the host goes (`/rdp-fix <host>`): the examples in replies. */
  commandSyntax: string;
  /** Whom the words after `handoff` name, as a mention the platform renders; undefined for nobody valid. */
  person(words: string): string | undefined;
  /** A host as typed, where the platform wraps it (a name turned into a link); as is by default. */
  host?(word: string): string;
  /** The symptom as the words a person sees, where the platform sends markup; as is by default. */
  plainText?(text: string): string;
  /** Text shown inside a reply, escaped for the platform's markup; as is by default. */
  escape?(text: string): string;
}

const helpWords = new Set(["help", "-h", "--help", "?"]);

/**
 * The one grammar of text commands, whatever the platform (a slash command's text, a mention):
 *   host42 0x904 since monday          start; the rest is the symptom (`diagnose host42 ...` too)
 *   host42 -p 3390 0x904               start on another port (`--port 3390` works too)
 *   handoff @oncall                    hand the diagnosis over to a person or group
 *   watch host42 every 6h | watch list | unwatch host42    watches (read-watch-command.ts)
 *   (nothing)  |  help                 help
 * `host:port` is not read as a port (an IPv6 literal is full of colons); host validation says so. Host and
 * port are read by parseProbeTarget, as at every other entry point.
 */
export function readTextCommand(text: string, dialect: TextCommandDialect): ChatCommand {
  const diagnose = /^diagnose(\s+|$)/iu;
  // `diagnose watch` diagnoses a host named watch; only a bare `watch` is the watch command.
  const words = text.trim().replace(diagnose, "");
  const [first = "", ...rest] = words.split(/\s+/u);
  if (first === "" || helpWords.has(first.toLowerCase())) return { kind: "help" };
  const example = (args: string) => `\`${commandFor(dialect.commandSyntax, args)}\``;
  const verb = first.toLowerCase();
  if ((verb === "watch" || verb === "unwatch") && !diagnose.test(text.trim()))
    return readWatchCommand(verb, rest, {
      example,
      host: dialect.host ?? same,
      escape: dialect.escape ?? same,
    });
  if (first.toLowerCase() === "handoff") {
    const target = rest.join(" ");
    if (target === "") return { kind: "handoff" };
    const to = dialect.person(target);
    if (to !== undefined) return { kind: "handoff", to };
    return {
      kind: "invalid",
      message: `Hand off to one person or group, e.g. ${example("handoff @oncall")}.`,
    };
  }
  const match = /^(\S+)(?:\s+(-p|--port)(?:\s+(\S+))?)?(?:\s+([\s\S]*))?$/u.exec(words);
  const host = (dialect.host ?? same)(match?.[1] ?? first);
  if (host.startsWith("-"))
    return { kind: "invalid", message: `Start with the host: ${example("host42 -p 3390 what you see")}.` };
  const target = parseProbeTarget(match?.[2] === undefined ? { host } : { host, port: match[3] ?? "" });
  if (!target.ok) {
    const hint = target.field === "port" ? ` E.g. ${example("host42 -p 3390")}.` : "";
    const problem = (dialect.escape ?? same)(target.problem);
    return { kind: "invalid", message: `I cannot use that ${target.field}: ${problem}.${hint}` };
  }
  const symptom = (dialect.plainText ?? same)(match?.[4] ?? "").trim();
  const start = { kind: "start" as const, host, text: symptom };
  return target.port === undefined ? start : { ...start, port: target.port };
}

const same = (text: string) => text;
