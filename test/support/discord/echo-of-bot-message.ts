import { MessageFlags } from "discord.js";
import type { FakeDiscordMessage } from "./fake-discord-message-store.js";
import { botUser, guildMember } from "./fake-discord-users.js";
import { toApiMessage } from "./to-api-message.js";

/**
 * The MESSAGE_CREATE Discord sends every session (GuildMessages intent) for a message the bot itself
 * just posted, or undefined for messages nobody else sees (ephemeral ones). A triage listener that does
 * not skip its own messages answers itself forever; the echo lets tests catch that.
 */
export function echoOfBotMessage(message: FakeDiscordMessage): object | undefined {
  if ((message.flags & MessageFlags.Ephemeral) !== 0) return undefined;
  if (message.source !== "bot" && message.source !== "interaction") return undefined;
  const { user: _user, ...member } = guildMember(botUser());
  return { ...toApiMessage(message), guild_id: message.guildId, member };
}
