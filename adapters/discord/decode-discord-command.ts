import type { ChatCommand } from "../../src/chat/chat-command.js";
import {
  type CommandOptions,
  type GivenOption,
  readCommandOptions,
} from "../../src/chat/read-command-options.js";
import { parseInterval } from "../../src/runtime/parse-interval.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import {
  discordCommandDefinitions,
  maxDetailsLength,
  rdpFixHandoffCommandName,
  rdpFixUnwatchCommandName,
  rdpFixWatchCommandName,
  rdpFixWatchListCommandName,
} from "./rdp-fix-command-definition.js";

/**
 * The parts of a slash command this adapter reads: discord.js's `{ commandName, options: options.data }` of
 * a ChatInputCommandInteraction fits, and so does the raw interaction's `{ name, options }` renamed.
 */
export interface DiscordCommandInput {
  commandName: string;
  options: readonly GivenOption[];
}

/**
 * What someone asked for (see rdp-fix-command-definition.ts):
 *   /rdp-fix host:host42 details:0x904 since monday port:3390   start; details are the symptom
 *   /rdp-fix-handoff to:@bob                                    hand the diagnosis here to a person
 *   /rdp-fix-watch host:host42 every:6h | /rdp-fix-watch-list | /rdp-fix-unwatch host:host42   watches
 * Discord checks the option types and lengths in its client, but a payload can be forged, so every value is
 * checked again against the registered definitions (host and port by parseProbeTarget, as at every other
 * entry point); `to` becomes the user id (a snowflake), which the renderers show as a mention.
 */
export type DiscordCommandRequest = Exclude<ChatCommand, { kind: "help" }>;

const snowflake = /^\d{17,20}$/;

export function decodeDiscordCommand(command: DiscordCommandInput): DiscordCommandRequest {
  const definition = discordCommandDefinitions.find((c) => c.name === command.commandName);
  if (definition === undefined)
    return { kind: "invalid", message: `I do not know the command \`/${clean(command.commandName)}\`.` };
  const options = readCommandOptions(command.options, definition.options ?? []);
  if ("undeclared" in options)
    return {
      kind: "invalid",
      message: `\`/${command.commandName}\` has no option \`${clean(options.undeclared)}\`.`,
    };

  if (command.commandName === rdpFixWatchListCommandName) return { kind: "watch-list" };
  if (command.commandName === rdpFixWatchCommandName || command.commandName === rdpFixUnwatchCommandName)
    return decodeWatch(command.commandName, options);

  if (command.commandName === rdpFixHandoffCommandName) {
    const to = options.value("to");
    if (!options.has("to")) return { kind: "handoff" };
    return typeof to === "string" && snowflake.test(to)
      ? { kind: "handoff", to }
      : { kind: "invalid", message: "Hand off to one person: `/rdp-fix-handoff to:@someone`." };
  }

  const target = readTarget(command.commandName, options);
  if ("kind" in target) return target;
  const details = options.value("details") ?? "";
  if (typeof details !== "string" || details.length > maxDetailsLength)
    return { kind: "invalid", message: `Keep the details under ${maxDetailsLength} characters.` };
  const start = { kind: "start" as const, host: target.host, text: details.trim() };
  return target.port === undefined ? start : { ...start, port: target.port };
}

/**
 * The host and port options, read by parseProbeTarget as at every other entry point. An option of the wrong
 * type is present but unreadable: null, which the target parser refuses.
 */
function readTarget(
  name: string,
  options: CommandOptions,
): { host: string; port?: number } | Extract<DiscordCommandRequest, { kind: "invalid" }> {
  const host = options.value("host");
  if (typeof host !== "string" || host.trim() === "")
    return { kind: "invalid", message: `Name the host: \`/${name} host:host42\`.` };
  const port = options.has("port") ? { port: options.value("port") ?? null } : {};
  const target = parseProbeTarget({ host: host.trim(), ...port });
  if (!target.ok)
    return {
      kind: "invalid",
      message: `I cannot use that ${target.field}: ${escapeDiscordMarkdown(target.problem)}.`,
    };
  return target.port === undefined ? { host: target.host } : { host: target.host, port: target.port };
}

/** `/rdp-fix-watch host:… every:… port:…` and `/rdp-fix-unwatch host:… port:…`, checked as typed ones are. */
function decodeWatch(name: string, options: CommandOptions): DiscordCommandRequest {
  const target = readTarget(name, options);
  if ("kind" in target) return target;
  const where = {
    host: target.host.toLowerCase(),
    ...(target.port === undefined ? {} : { port: target.port }),
  };
  if (name === rdpFixUnwatchCommandName) return { kind: "unwatch", ...where };
  const every = options.value("every");
  if (!options.has("every")) return { kind: "watch", ...where };
  const everyMs = typeof every === "string" ? parseInterval(every) : undefined;
  return everyMs === undefined
    ? { kind: "invalid", message: "Say how often as a number and a unit (s, m, h or d): `every:6h`." }
    : { kind: "watch", ...where, everyMs };
}

/** Shown inside inline code in the reply: nothing that could end the code span or ping anyone. */
function clean(text: string): string {
  return text
    .replace(/[`\p{Cc}]/gu, "")
    .replace(/@/g, "@\u200b")
    .slice(0, 100);
}
