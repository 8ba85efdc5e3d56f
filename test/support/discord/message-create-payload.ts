import { type APIUser, type GatewayMessageCreateDispatchData, MessageType } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { botUser, guildMember, personUser } from "./fake-discord-users.js";
import { nextSnowflake, timestampOfSnowflake } from "./next-snowflake.js";

export interface UserMessageOptions {
  content: string;
  author?: APIUser;
  channelId?: string;
  /** Makes it a reply (type 19) to this message. */
  replyTo?: string;
}

/**
 * The MESSAGE_CREATE `d` for what a person typed in the fake guild's channel. `<@id>` mentions of the bot
 * or the default user fill `mentions`, as Discord does; the fake's gateway blanks `content` for sessions
 * without the MessageContent intent unless the bot is mentioned.
 */
export function userMessagePayload(options: UserMessageOptions): GatewayMessageCreateDispatchData {
  const author = options.author ?? personUser();
  const channelId = options.channelId ?? fakeDiscordIds.channelId;
  const id = nextSnowflake();
  const { user: _user, ...member } = guildMember(author);
  return {
    id,
    channel_id: channelId,
    guild_id: fakeDiscordIds.guildId,
    author,
    member,
    content: options.content,
    timestamp: timestampOfSnowflake(id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionedUsers(options.content),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: options.replyTo === undefined ? MessageType.Default : MessageType.Reply,
    ...(options.replyTo === undefined
      ? {}
      : {
          message_reference: {
            type: 0,
            message_id: options.replyTo,
            channel_id: channelId,
            guild_id: fakeDiscordIds.guildId,
          },
        }),
    nonce: String(BigInt(id) - 1n),
  };
}

function mentionedUsers(content: string): APIUser[] {
  const known = [botUser(), personUser()];
  const ids = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]);
  return known.filter((u) => ids.includes(u.id));
}
