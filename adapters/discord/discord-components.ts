import type { APIButtonComponentWithCustomId, APIStringSelectComponent } from "discord-api-types/v10";
import { buttonSession } from "../../src/chat/action-codec/button-session.js";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import { decodeDiscordAction, encodeDiscordAction } from "./custom-id-codec.js";
import type { DiscordAction } from "./discord-action.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";

/** Discord's button styles (ButtonStyle in discord-api-types), by the names the renderers mean. */
export const buttonStyle = { primary: 1, secondary: 2, success: 3, danger: 4 } as const;
type Style = (typeof buttonStyle)[keyof typeof buttonStyle];

/**
 * A button that asks for `action` in session `sessionId`, or none (see buttonSession): a custom_id that does
 * not fit or does not decode back to the very same action (a host too long for the triage offer) would be a
 * button that does the wrong thing or gets the message rejected.
 */
export function discordButton(
  label: string,
  action: DiscordAction,
  sessionId: string | undefined,
  style: Style = buttonStyle.secondary,
): APIButtonComponentWithCustomId | undefined {
  const session = buttonSession(action, sessionId);
  if (session === undefined) return undefined;
  const customId = encodeDiscordAction(action, session);
  if (!decodesTo(customId, [], action)) return undefined;
  return { type: 2, style, label: cutAtWord(label, discordLimits.buttonLabel), custom_id: customId };
}

/** Whether a click with this custom_id (and picked value) is read back as exactly `action`. */
export function decodesTo(customId: string, values: readonly string[], action: DiscordAction): boolean {
  const decoded = decodeDiscordAction(customId, values, Object.values(action).map(String));
  return "action" in decoded && canonical(decoded.action) === canonical(action);
}

function canonical(action: DiscordAction): string {
  return JSON.stringify(Object.entries(action).sort(([a], [b]) => (a < b ? -1 : 1)));
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
