/** The commands people give the bot, by what they ask for (the `kind` of the ChatCommand each becomes). */
export type CommandName = "start" | "handoff" | "watch" | "watch-list" | "unwatch" | "help";

/** The named values a command takes, whatever way a platform lets people write them. */
export type OptionName = "host" | "port" | "details" | "every" | "to";

/**
 * What an option holds, which decides how it is checked (commandFromOptions) and declared where a platform
 * types its options: a host name or address, a port number, free text, an interval (`6h`), a person.
 */
type OptionKind = "host" | "port" | "text" | "interval" | "person";

export interface CommandOption {
  readonly name: OptionName;
  readonly kind: OptionKind;
  readonly required: boolean;
  /** One line for the person choosing it (at most 100 characters, what structured commands allow). */
  readonly description: string;
  /** The value shown when the command is written out as an example (help, hints). */
  readonly example: string;
  /** Longest accepted value, in characters; the same on every platform. */
  readonly maxLength?: number;
  /** Smallest and largest accepted number. */
  readonly range?: readonly [number, number];
}

export interface CatalogueCommand {
  readonly name: CommandName;
  /** The words that name it in typed text (`watch list`), "" for the command that starts a diagnosis. */
  readonly words: string;
  /** One line for the person choosing it (at most 100 characters). */
  readonly description: string;
  readonly options: readonly CommandOption[];
  /** The help text's examples of this command, as the options each shows; the first is the usual one. */
  readonly helpExamples: readonly (readonly OptionName[])[];
}

/** A DNS name is at most 253 characters; parseProbeTarget refuses longer ones whatever the platform declares. */
const host = (description: string) =>
  ({ name: "host", kind: "host", required: true, description, example: "host42", maxLength: 253 }) as const;
const port = {
  name: "port",
  kind: "port",
  required: false,
  description: "The RDP port, if not 3389",
  example: "3390",
  range: [1, 65535],
} as const;

/**
 * Every command the bot understands, as data: platforms write them their own way (a slash command's text,
 * typed options, a mention) but take the same options, with the same limits and the same words of help.
 */
export const commandCatalogue: readonly CatalogueCommand[] = [
  {
    name: "start",
    words: "",
    description: "Find out why Remote Desktop cannot connect to a host (0x904 / extended 0x7 and family)",
    options: [
      host("The computer people cannot reach: a name or an IP address"),
      {
        name: "details",
        kind: "text",
        required: false,
        description: "What the user saw, e.g. the error code and since when",
        example: "what you see",
        // Enough for an error dialog's words; the symptom is read for clues, not stored as a document.
        maxLength: 1000,
      },
      port,
    ],
    helpExamples: [
      ["host", "details"],
      ["host", "port"],
    ],
  },
  {
    name: "handoff",
    words: "handoff",
    description: "Post the whole diagnosis in this channel for whoever takes over",
    options: [
      {
        name: "to",
        kind: "person",
        required: false,
        description: "Who takes over (optional)",
        example: "@oncall",
      },
    ],
    helpExamples: [["to"]],
  },
  {
    name: "watch",
    words: "watch",
    description: "Warn in a thread before a host's RDP certificate expires and when what it offers changes",
    options: [
      host("The computer to watch: a name or an IP address"),
      {
        name: "every",
        kind: "interval",
        required: false,
        description: "How often to check, e.g. 30m, 6h, 1d (default 6h)",
        example: "6h",
        maxLength: 10,
      },
      port,
    ],
    helpExamples: [["host", "every"]],
  },
  {
    name: "watch-list",
    words: "watch list",
    description: "What is watched, how often, and when last checked",
    options: [],
    helpExamples: [[]],
  },
  {
    name: "unwatch",
    words: "unwatch",
    description: "Stop watching a host",
    options: [host("The watched computer"), port],
    helpExamples: [["host"]],
  },
  { name: "help", words: "help", description: "What I can do", options: [], helpExamples: [[]] },
];

/** The catalogue's entry for a command; every CommandName has one. */
export function catalogueCommand(name: CommandName): CatalogueCommand {
  return commandCatalogue.find((command) => command.name === name) as CatalogueCommand;
}

/**
 * How a platform writes one of these commands with the given option values, e.g. `/rdp-fix host42 -p 3390`,
 * `/rdp-fix host:host42 port:3390` or `@rdp-fix host42 -p 3390`: how hints and help show what to type.
 */
export type WriteCommand = (command: CommandName, values: Partial<Record<OptionName, string>>) => string;

/** A command written with the catalogue's example values of the given options. */
export function writeExample(write: WriteCommand, name: CommandName, options: readonly OptionName[]): string {
  const examples = catalogueCommand(name).options.filter((option) => options.includes(option.name));
  return write(name, Object.fromEntries(examples.map((option) => [option.name, option.example])));
}
