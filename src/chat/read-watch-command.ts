import { parseInterval } from "../runtime/parse-interval.js";
import { parseProbeTarget } from "../runtime/parse-probe-target.js";
import type { ChatCommand } from "./chat-command.js";

type WatchCommand = Extract<ChatCommand, { kind: "watch" | "watch-list" | "unwatch" | "invalid" }>;

/**
 * The watch commands of the text grammar, after their first word (`watch` or `unwatch`):
 *   watch host42 [-p 3390] [every 6h]     watch an endpoint (default every 6h)
 *   watch list                            what is watched
 *   unwatch host42 [-p 3390]              stop watching it
 * `example` writes a command in the platform's own syntax for the hints. Host and port are read by
 * parseProbeTarget, as at every other entry point; `host` unwraps what a platform wraps (a link).
 */
export function readWatchCommand(
  verb: "watch" | "unwatch",
  words: readonly string[],
  dialect: { example(args: string): string; host(word: string): string; escape(text: string): string },
): WatchCommand {
  const usage =
    verb === "watch"
      ? `Name the host to watch: ${dialect.example("watch host42 every 6h")} (or ${dialect.example("watch list")}).`
      : `Name the host to stop watching: ${dialect.example("unwatch host42")}.`;
  if (verb === "watch" && words.length === 1 && words[0]?.toLowerCase() === "list")
    return { kind: "watch-list" };
  const [first, ...rest] = words;
  if (first === undefined || first.startsWith("-")) return { kind: "invalid", message: usage };
  let port: string | undefined;
  let every: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const option = rest[i]?.toLowerCase();
    const value = rest[i + 1];
    if ((option === "-p" || option === "--port") && port === undefined && value !== undefined) port = value;
    else if (verb === "watch" && option === "every" && every === undefined && value !== undefined)
      every = value;
    else return { kind: "invalid", message: usage };
  }
  const host = dialect.host(first);
  const target = parseProbeTarget(port === undefined ? { host } : { host, port });
  if (!target.ok)
    return {
      kind: "invalid",
      message: `I cannot use that ${target.field}: ${dialect.escape(target.problem)}.`,
    };
  const where = {
    host: target.host.toLowerCase(),
    ...(target.port === undefined ? {} : { port: target.port }),
  };
  if (verb === "unwatch") return { kind: "unwatch", ...where };
  if (every === undefined) return { kind: "watch", ...where };
  const everyMs = parseInterval(every);
  if (everyMs === undefined)
    return {
      kind: "invalid",
      message: `Say how often as a number and a unit (s, m, h or d): ${dialect.example("watch host42 every 6h")}.`,
    };
  return { kind: "watch", ...where, everyMs };
}
