import { type RecheckResult, recheckHeading, recheckRowText } from "../../src/engine/index.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { fitLines } from "./fit-lines.js";

/** A re-check after a fix in Discord markdown, cut to `budget` characters: the verdict, then each fact. */
export function renderDiscordRecheck(result: RecheckResult, budget: number): string {
  const rows = result.rows.map((row) => `• ${escapeDiscordMarkdown(recheckRowText(row))}`);
  const heading = `**${escapeDiscordMarkdown(recheckHeading(result))}**`;
  return [heading, fitLines(rows, budget - heading.length - 1, (left) => `*…and ${left} more.*`, 200)].join(
    "\n",
  );
}
