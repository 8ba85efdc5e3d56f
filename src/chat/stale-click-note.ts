import { commandFor } from "./command-for.js";

/** Told to whoever presses a button of a diagnosis that was replaced or is gone, with their platform's command. */
export function staleClickNote(commandSyntax: string): string {
  return `That button belongs to a diagnosis that is no longer running here. Start a new one with \`${commandFor(commandSyntax, "<host>")}\`.`;
}
