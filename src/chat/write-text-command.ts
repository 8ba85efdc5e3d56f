import type { WriteCommand } from "./command-catalogue.js";
import { catalogueCommand } from "./command-catalogue.js";
import { commandFor } from "./command-for.js";

/**
 * How the shared text grammar (readTextCommand) writes a command, in a platform's command syntax
 * (`/rdp-fix <host>`, `@rdp-fix <host>`): the command's words, the host, `-p` and `every` before the
 * details, since everything after them is read as the details.
 */
export function writeTextCommand(commandSyntax: string): WriteCommand {
  return (name, values) => {
    const words = [
      catalogueCommand(name).words,
      values.host,
      values.port === undefined ? undefined : `-p ${values.port}`,
      values.every === undefined ? undefined : `every ${values.every}`,
      values.to,
      values.details,
    ];
    return commandFor(commandSyntax, words.filter((word) => word !== undefined && word !== "").join(" "));
  };
}
