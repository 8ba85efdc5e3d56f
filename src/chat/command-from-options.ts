import { parseInterval } from "../runtime/parse-interval.js";
import { parseProbeTarget } from "../runtime/parse-probe-target.js";
import type { ChatCommand } from "./chat-command.js";
import {
  type CommandName,
  catalogueCommand,
  type OptionName,
  type WriteCommand,
  writeExample,
} from "./command-catalogue.js";
import type { CommandOptions } from "./read-command-options.js";

/** What a platform adds to the shared checks: how it writes commands, names people and escapes quotes. */
export interface CommandReading {
  write: WriteCommand;
  /** Whom a handoff's `to` names, as the platform mentions them; undefined when it names nobody valid. */
  person(value: unknown): string | undefined;
  /** A problem quoted in a refusal, escaped for the platform's markup. */
  escape(text: string): string;
}

type Invalid = Extract<ChatCommand, { kind: "invalid" }>;
const invalid = (message: string): Invalid => ({ kind: "invalid", message });

const missingHost = {
  start: "Name the host",
  watch: "Name the host to watch",
  unwatch: "Name the host to stop watching",
} as const;

/** What to type for a command that takes a host, when what was typed cannot be read at all. */
export function hostUsage(name: keyof typeof missingHost, write: WriteCommand): string {
  const example = (command: CommandName) =>
    `\`${writeExample(write, command, catalogueCommand(command).helpExamples[0] ?? [])}\``;
  const list = name === "watch" ? ` (or ${example("watch-list")})` : "";
  return `${missingHost[name]}: ${example(name)}${list}.`;
}

/**
 * The one reading of a command's named values, whether a platform sends them as typed options or they were
 * read out of a sentence (readTextCommand): the catalogue's limits, host and port by parseProbeTarget as at
 * every other entry point, and every refusal worded once, with the command to type in the platform's syntax.
 * An option given with a value that cannot be read (`has` but no value) is refused, never taken as absent.
 */
export function commandFromOptions(
  name: CommandName,
  options: CommandOptions,
  reading: CommandReading,
): ChatCommand {
  const example = (...values: OptionName[]) => `\`${writeExample(reading.write, name, values)}\``;
  if (name === "help" || name === "watch-list") return { kind: name };
  if (name === "handoff") {
    if (!options.has("to")) return { kind: "handoff" };
    const to = reading.person(options.value("to"));
    if (to === undefined) return invalid(`Hand off to one person or group, e.g. ${example("to")}.`);
    return { kind: "handoff", to };
  }
  const host = options.value("host");
  if (typeof host !== "string" || host.trim() === "") return invalid(hostUsage(name, reading.write));
  const port = options.has("port") ? { port: options.value("port") ?? null } : {};
  const target = parseProbeTarget({ host: host.trim(), ...port });
  if (!target.ok) {
    const hint = target.field === "port" ? ` E.g. ${example("host", "port")}.` : "";
    return invalid(`I cannot use that ${target.field}: ${reading.escape(target.problem)}.${hint}`);
  }
  const limit = (option: OptionName) =>
    catalogueCommand(name).options.find((o) => o.name === option)?.maxLength ?? Number.POSITIVE_INFINITY;

  if (name === "start") {
    const details = options.has("details") ? options.value("details") : "";
    if (typeof details !== "string" || details.length > limit("details"))
      return invalid(`Keep the details under ${limit("details")} characters.`);
    const start = { kind: "start" as const, host: target.host, text: details.trim() };
    return target.port === undefined ? start : { ...start, port: target.port };
  }

  // A watch is keyed by the host as DNS compares it, so `HOST42` and `host42` are one watch.
  const where = {
    host: target.host.toLowerCase(),
    ...(target.port === undefined ? {} : { port: target.port }),
  };
  if (name === "unwatch") return { kind: "unwatch", ...where };
  if (!options.has("every")) return { kind: "watch", ...where };
  const every = options.value("every");
  const everyMs =
    typeof every === "string" && every.length <= limit("every") ? parseInterval(every) : undefined;
  if (everyMs === undefined)
    return invalid(`Say how often as a number and a unit (s, m, h or d): ${example("host", "every")}.`);
  return { kind: "watch", ...where, everyMs };
}

/** Values read out of typed text, as options: a name missing from `values` was not given at all. */
export function givenOptions(values: Partial<Record<OptionName, string>>): CommandOptions {
  return {
    value: (name) => (Object.hasOwn(values, name) ? values[name as OptionName] : undefined),
    has: (name) => Object.hasOwn(values, name),
  };
}
