import type { APIButtonComponentWithCustomId, APIStringSelectComponent } from "discord-api-types/v10";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";

/** Discord's button styles (ButtonStyle in discord-api-types), by the names the renderers mean. */
export const buttonStyle = { primary: 1, secondary: 2, success: 3, danger: 4 } as const;
type Style = (typeof buttonStyle)[keyof typeof buttonStyle];

/**
 * A button with a custom_id the codec checked (discordIds), or none where it could not write one: a custom_id
 * that does not read back as the very same action would be a button that does the wrong thing.
 */
export function discordButton(
  label: string,
  customId: string | undefined,
  style: Style = buttonStyle.secondary,
): APIButtonComponentWithCustomId | undefined {
  if (customId === undefined) return undefined;
  return { type: 2, style, label: cutAtWord(label, discordLimits.buttonLabel), custom_id: customId };
}

/** Action rows holding the buttons in order, at most five a row; none when there are none. */
export function buttonRows(
  buttons: ReadonlyArray<APIButtonComponentWithCustomId | undefined>,
): DiscordActionRow[] {
  const present = buttons.filter((b): b is APIButtonComponentWithCustomId => b !== undefined);
  return inGroupsOf(present, discordLimits.buttonsPerRow).map((row) => ({ type: 1, components: row }));
}

/** A string select alone in its row, as Discord requires. */
export function selectRow(select: APIStringSelectComponent): DiscordActionRow {
  return { type: 1, components: [select] };
}
