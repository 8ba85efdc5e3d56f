import type { ChatCommand } from "./chat-command.js";
import { writeExample } from "./command-catalogue.js";
import { type CommandReading, commandFromOptions, givenOptions } from "./command-from-options.js";
import { readWatchCommand } from "./read-watch-command.js";
import { writeTextCommand } from "./write-text-command.js";

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
 * It only finds the catalogue's options in the words; commandFromOptions checks them, as it does a
 * platform's typed options. `host:port` is not read as a port (an IPv6 literal is full of colons).
 */
export function readTextCommand(text: string, dialect: TextCommandDialect): ChatCommand {
  const diagnose = /^diagnose(\s+|$)/iu;
  // `diagnose watch` diagnoses a host named watch; only a bare `watch` is the watch command.
  const words = text.trim().replace(diagnose, "");
  const [first = "", ...rest] = words.split(/\s+/u);
  if (first === "" || helpWords.has(first.toLowerCase())) return { kind: "help" };
  const reading: CommandReading = {
    write: writeTextCommand(dialect.commandSyntax),
    person: (to) => (typeof to === "string" ? dialect.person(to) : undefined),
    escape: dialect.escape ?? same,
  };
  const unwrap = dialect.host ?? same;
  const verb = first.toLowerCase();
  if ((verb === "watch" || verb === "unwatch") && !diagnose.test(text.trim()))
    return readWatchCommand(verb, rest, reading, unwrap);
  if (verb === "handoff") {
    const to = rest.join(" ");
    return commandFromOptions("handoff", givenOptions(to === "" ? {} : { to }), reading);
  }
  const match = /^(\S+)(?:\s+(-p|--port)(?:\s+(\S+))?)?(?:\s+([\s\S]*))?$/u.exec(words);
  const host = unwrap(match?.[1] ?? first);
  if (host.startsWith("-")) {
    const example = writeExample(reading.write, "start", ["host", "port", "details"]);
    return { kind: "invalid", message: `Start with the host: \`${example}\`.` };
  }
  const port = match?.[2] === undefined ? {} : { port: match[3] ?? "" };
  const details = (dialect.plainText ?? same)(match?.[4] ?? "");
  return commandFromOptions("start", givenOptions({ host, ...port, details }), reading);
}

const same = (text: string) => text;
