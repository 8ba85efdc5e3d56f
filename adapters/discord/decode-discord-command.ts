import {
  maxDetailsLength,
  maxHostLength,
  rdpFixCommandName,
  rdpFixHandoffCommandName,
} from "./rdp-fix-command-definition.js";

/**
 * The parts of a slash command this adapter reads: discord.js's `{ commandName, options: options.data }` of
 * a ChatInputCommandInteraction fits, and so does the raw interaction's `{ name, options }` renamed.
 */
export interface DiscordCommandInput {
  commandName: string;
  options: ReadonlyArray<{ name: string; type: number; value?: unknown }>;
}

/**
 * What someone asked for (see rdp-fix-command-definition.ts):
 *   /rdp-fix host:host42 details:0x904 since monday port:3390   start; details are the symptom
 *   /rdp-fix-handoff to:@bob                                    hand the diagnosis here to a person
 * Discord checks the option types and lengths in its client, but a payload can be forged, so every value is
 * checked again; `to` becomes the user id (a snowflake), which the renderers show as a mention.
 */
export type DiscordCommandRequest =
  | { kind: "start"; host: string; port?: number; text: string }
  | { kind: "handoff"; to?: string }
  | { kind: "invalid"; message: string };

const snowflake = /^\d{17,20}$/;

export function decodeDiscordCommand(command: DiscordCommandInput): DiscordCommandRequest {
  const options = new Map((command.options ?? []).map((o) => [o.name, o]));
  const value = (name: string, type: number) => {
    const option = options.get(name);
    return option?.type === type ? option.value : undefined;
  };
  const allowed = knownOptions.get(command.commandName);
  if (allowed === undefined)
    return { kind: "invalid", message: `I do not know the command \`/${clean(command.commandName)}\`.` };
  const unknown = [...options.keys()].find((name) => !allowed.includes(name));
  if (unknown !== undefined)
    return { kind: "invalid", message: `\`/${command.commandName}\` has no option \`${clean(unknown)}\`.` };

  if (command.commandName === rdpFixHandoffCommandName) {
    const to = value("to", 6);
    if (to === undefined && !options.has("to")) return { kind: "handoff" };
    return typeof to === "string" && snowflake.test(to)
      ? { kind: "handoff", to }
      : { kind: "invalid", message: "Hand off to one person: `/rdp-fix-handoff to:@someone`." };
  }

  const host = value("host", 3);
  const problem = hostProblem(host);
  if (problem !== undefined) return { kind: "invalid", message: problem };
  const details = value("details", 3) ?? "";
  if (typeof details !== "string" || details.length > maxDetailsLength)
    return { kind: "invalid", message: `Keep the details under ${maxDetailsLength} characters.` };
  const start = { kind: "start" as const, host: String(host).trim(), text: details.trim() };
  if (!options.has("port")) return start;
  const port = value("port", 4);
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535)
    return { kind: "invalid", message: "The port must be a whole number from 1 to 65535." };
  return { ...start, port };
}

const knownOptions = new Map<string, readonly string[]>([
  [rdpFixCommandName, ["host", "details", "port"]],
  [rdpFixHandoffCommandName, ["to"]],
]);

function hostProblem(host: unknown): string | undefined {
  if (typeof host !== "string" || host.trim() === "") return "Name the host: `/rdp-fix host:host42`.";
  const trimmed = host.trim();
  if (trimmed.length > maxHostLength) return `That host name is longer than ${maxHostLength} characters.`;
  if (trimmed.startsWith("-") || /[\s<>&"'`@\\]|[\p{Cc}]/u.test(trimmed))
    return `\`${clean(trimmed)}\` is not a host name or address.`;
  return undefined;
}

/** Shown inside inline code in the reply: nothing that could end the code span or ping anyone. */
function clean(text: string): string {
  return text
    .replace(/[`\p{Cc}]/gu, "")
    .replace(/@/g, "@\u200b")
    .slice(0, 100);
}
