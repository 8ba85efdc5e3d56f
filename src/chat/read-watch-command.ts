import type { ChatCommand } from "./chat-command.js";
import { type CommandReading, commandFromOptions, givenOptions, hostUsage } from "./command-from-options.js";

/**
 * The watch commands of the text grammar, after their first word (`watch` or `unwatch`):
 *   watch host42 [-p 3390] [every 6h]     watch an endpoint (default every 6h)
 *   watch list                            what is watched
 *   unwatch host42 [-p 3390]              stop watching it
 * Words it cannot place (an unknown option, one given twice, one without a value) get the command's usage;
 * the values found are checked by commandFromOptions. `unwrap` undoes what a platform wraps (a link).
 */
export function readWatchCommand(
  verb: "watch" | "unwatch",
  words: readonly string[],
  reading: CommandReading,
  unwrap: (word: string) => string,
): ChatCommand {
  if (verb === "watch" && words.length === 1 && words[0]?.toLowerCase() === "list")
    return { kind: "watch-list" };
  const usage = { kind: "invalid" as const, message: hostUsage(verb, reading.write) };
  const [first, ...rest] = words;
  if (first === undefined || first.startsWith("-")) return usage;
  let port: string | undefined;
  let every: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const option = rest[i]?.toLowerCase();
    const value = rest[i + 1];
    if ((option === "-p" || option === "--port") && port === undefined && value !== undefined) port = value;
    else if (verb === "watch" && option === "every" && every === undefined && value !== undefined)
      every = value;
    else return usage;
  }
  const values = {
    host: unwrap(first),
    ...(port === undefined ? {} : { port }),
    ...(every === undefined ? {} : { every }),
  };
  return commandFromOptions(verb, givenOptions(values), reading);
}
