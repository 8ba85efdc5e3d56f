import type { ChatAction } from "../../src/runtime/chat-action.js";
import { type DecodedDiscordAction, decodeDiscordAction } from "./custom-id-codec.js";

/**
 * The parts of a button or string-select interaction this adapter reads; discord.js's ButtonInteraction and
 * StringSelectMenuInteraction fit as they are.
 */
export interface DiscordComponentInput {
  customId: string;
  values?: readonly string[];
  user: { id: string };
  channelId: string | null;
}

export type DecodedDiscordComponent =
  | { action: ChatAction; sessionId: string; user: string; channel: string }
  | { error: string };

const snowflake = /^\d{17,20}$/;

/**
 * A click as the action it asks for, the session it belongs to, who clicked and where. `knownIds`
 * (knownFlowIds of the flow) reads ids that travel hashed. Never throws: a forged click is an error.
 */
export function decodeDiscordComponent(
  interaction: DiscordComponentInput,
  knownIds?: Iterable<string>,
): DecodedDiscordComponent {
  const user = interaction.user?.id;
  if (typeof user !== "string" || !snowflake.test(user)) return { error: "the click carries no user" };
  const channel = interaction.channelId;
  if (typeof channel !== "string" || !snowflake.test(channel))
    return { error: "the click did not come from a channel" };
  const decoded: DecodedDiscordAction = decodeDiscordAction(
    interaction.customId,
    interaction.values,
    knownIds,
  );
  return "error" in decoded ? decoded : { ...decoded, user, channel };
}
