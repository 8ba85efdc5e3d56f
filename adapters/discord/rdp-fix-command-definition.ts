import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";

/**
 * The slash commands as the JSON bodies Discord registers (`PUT /applications/{app}/commands`, in one bulk
 * overwrite). Two top-level commands rather than subcommands: `/rdp-fix host:… details:… port:…` is what
 * people type every day, and a subcommand would put a word in front of it; the handoff is rare and gets its
 * own name. Discord enforces `required`, the lengths and the port range in the client, and
 * decodeDiscordCommand checks them again, since payloads can be forged.
 */

export const rdpFixCommandName = "rdp-fix";
export const rdpFixHandoffCommandName = "rdp-fix-handoff";
export const rdpFixWatchCommandName = "rdp-fix-watch";
export const rdpFixWatchListCommandName = "rdp-fix-watch-list";
export const rdpFixUnwatchCommandName = "rdp-fix-unwatch";
export const maxHostLength = 253;
export const maxDetailsLength = 1000;

const hostOption = (description: string) =>
  ({ type: 3, name: "host", description, required: true, max_length: maxHostLength }) as const;
const portOption = {
  type: 4,
  name: "port",
  description: "The RDP port, if not 3389",
  required: false,
  min_value: 1,
  max_value: 65535,
} as const;

export const rdpFixCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: rdpFixCommandName,
  type: 1,
  description: "Find out why Remote Desktop cannot connect to a host (0x904 / extended 0x7 and family)",
  options: [
    hostOption("The computer people cannot reach: a name or an IP address"),
    {
      type: 3,
      name: "details",
      description: "What the user saw, e.g. the error code and since when",
      required: false,
      max_length: maxDetailsLength,
    },
    portOption,
  ],
};

export const rdpFixHandoffCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: rdpFixHandoffCommandName,
  type: 1,
  description: "Post the whole diagnosis in this channel for whoever takes over",
  options: [{ type: 6, name: "to", description: "Who takes over (optional)", required: false }],
};

/** Watches: `/rdp-fix-watch host:host42 every:6h`, `/rdp-fix-watch-list`, `/rdp-fix-unwatch host:host42`. */
export const rdpFixWatchCommands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: rdpFixWatchCommandName,
    type: 1,
    description: "Warn in a thread before a host's RDP certificate expires and when what it offers changes",
    options: [
      hostOption("The computer to watch: a name or an IP address"),
      {
        type: 3,
        name: "every",
        description: "How often to check, e.g. 30m, 6h, 1d (default 6h)",
        required: false,
        max_length: 10,
      },
      portOption,
    ],
  },
  {
    name: rdpFixWatchListCommandName,
    type: 1,
    description: "What is watched, how often, and when last checked",
  },
  {
    name: rdpFixUnwatchCommandName,
    type: 1,
    description: "Stop watching a host",
    options: [hostOption("The watched computer"), portOption],
  },
];

/** Everything to register, in one PUT. */
export const discordCommandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  rdpFixCommand,
  rdpFixHandoffCommand,
  ...rdpFixWatchCommands,
];
