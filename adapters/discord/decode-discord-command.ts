import type { ChatCommand } from "../../src/chat/chat-command.js";
import { type CommandReading, commandFromOptions } from "../../src/chat/command-from-options.js";
import { type GivenOption, readCommandOptions } from "../../src/chat/read-command-options.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import {
  discordCommandDefinitions,
  discordCommands,
  writeDiscordCommand,
} from "./rdp-fix-command-definition.js";

/**
 * The parts of a slash command this adapter reads: discord.js's `{ commandName, options: options.data }` of
 * a ChatInputCommandInteraction fits, and so does the raw interaction's `{ name, options }` renamed.
 */
export interface DiscordCommandInput {
  commandName: string;
  options: readonly GivenOption[];
}

const snowflake = /^\d{17,20}$/;

/** A handoff's `to` is a user option: Discord sends the user's id (a snowflake), shown as a mention. */
const discordReading: CommandReading = {
  write: writeDiscordCommand,
  person: (to) => (typeof to === "string" && snowflake.test(to) ? to : undefined),
  escape: escapeDiscordMarkdown,
};

/**
 * What someone asked for with one of the registered commands (rdp-fix-command-definition.ts). Options the
 * command does not declare are refused here; the values are checked by commandFromOptions, as typed ones are.
 */
export function decodeDiscordCommand(command: DiscordCommandInput): ChatCommand {
  const index = discordCommandDefinitions.findIndex((c) => c.name === command.commandName);
  const known = discordCommands[index];
  const definition = discordCommandDefinitions[index];
  if (known === undefined || definition === undefined)
    return { kind: "invalid", message: `I do not know the command \`/${clean(command.commandName)}\`.` };
  const options = readCommandOptions(command.options, definition.options ?? []);
  if ("undeclared" in options)
    return {
      kind: "invalid",
      message: `\`/${command.commandName}\` has no option \`${clean(options.undeclared)}\`.`,
    };
  return commandFromOptions(known.name, options, discordReading);
}

/** Shown inside inline code in the reply: nothing that could end the code span or ping anyone. */
function clean(text: string): string {
  return text
    .replace(/[`\p{Cc}]/gu, "")
    .replace(/@/g, "@\u200b")
    .slice(0, 100);
}
