import type {
  APIApplicationCommandBasicOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import {
  type CatalogueCommand,
  type CommandOption,
  catalogueCommand,
  commandCatalogue,
  type WriteCommand,
} from "../../src/chat/command-catalogue.js";

/**
 * The catalogue's commands as the JSON bodies Discord registers (`PUT /applications/{app}/commands`, in one
 * bulk overwrite). Each is its own top-level command named by its words (`rdp-fix-watch-list`) rather than a
 * subcommand: `/rdp-fix host:… details:… port:…` is what people type every day, and a subcommand would put a
 * word in front of it. Help is not registered: Discord lists the commands and their descriptions itself.
 * Discord enforces `required`, the lengths and the port range in the client, and decodeDiscordCommand
 * checks them again, since payloads can be forged.
 */
export const discordCommands = commandCatalogue.filter((command) => command.name !== "help");

const discordCommandName = (command: CatalogueCommand): string =>
  ["rdp-fix", ...command.words.split(" ").filter((word) => word !== "")].join("-");

/** Discord's option types: 3 string, 4 integer, 6 user. */
const optionTypes = { host: 3, text: 3, interval: 3, port: 4, person: 6 } as const;

function discordOption(option: CommandOption): APIApplicationCommandBasicOption {
  return {
    type: optionTypes[option.kind],
    name: option.name,
    description: option.description,
    required: option.required,
    ...(option.maxLength === undefined ? {} : { max_length: option.maxLength }),
    ...(option.range === undefined ? {} : { min_value: option.range[0], max_value: option.range[1] }),
  } as APIApplicationCommandBasicOption;
}

/** Everything to register, in one PUT, in the catalogue's order. */
export const discordCommandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] =
  discordCommands.map((command) => ({
    name: discordCommandName(command),
    type: 1,
    description: command.description,
    ...(command.options.length === 0 ? {} : { options: command.options.map(discordOption) }),
  }));

/** A command as people type it in Discord: `/rdp-fix-watch host:host42 every:6h`. */
export const writeDiscordCommand: WriteCommand = (name, values) => {
  const command = catalogueCommand(name);
  const options = command.options.flatMap((option) => {
    const value = values[option.name];
    return value === undefined ? [] : [`${option.name}:${value}`];
  });
  return [`/${discordCommandName(command)}`, ...options].join(" ");
};
