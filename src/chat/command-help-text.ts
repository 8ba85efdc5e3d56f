import { commandCatalogue, type WriteCommand, writeExample } from "./command-catalogue.js";

/**
 * What help answers, on any platform: each command of the catalogue written as the platform writes it, with
 * example values, and its one-line description; `notes` add what only this platform has (a mention, a chat).
 * One line each, so a platform that shows one paragraph still reads it as a list.
 */
export function commandHelpText(write: WriteCommand, notes: readonly string[] = []): string {
  const commands = commandCatalogue
    .filter((command) => command.name !== "help")
    .map((command) => {
      const examples = command.helpExamples.map(
        (options) => `\`${writeExample(write, command.name, options)}\``,
      );
      return `• ${examples.join(" or ")}: ${command.description}.`;
    });
  return ["Here is what you can ask me:", ...commands, ...notes.map((note) => `• ${note}`)].join("\n");
}
