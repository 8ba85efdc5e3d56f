import { GatewayIntentBits } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";

type Payload = Record<string, unknown>;

/**
 * What Discord delivers of one dispatch to a session with these intents: the payload, a copy with the
 * message content blanked, or undefined (not sent at all). Events the fake does not model pass unchanged.
 * https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export function shapeDispatchForIntents(t: string, d: object, intents: number): object | undefined {
  const has = (bit: GatewayIntentBits) => (intents & bit) !== 0;
  if (t === "GUILD_CREATE") return has(GatewayIntentBits.Guilds) ? d : undefined;
  if (t !== "MESSAGE_CREATE" && t !== "MESSAGE_UPDATE") return d;
  const message = d as Payload;
  const inGuild = typeof message.guild_id === "string";
  if (!has(inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages)) return undefined;
  if (has(GatewayIntentBits.MessageContent) || !inGuild || readsOwnContent(message)) return d;
  // Without the privileged intent the event still arrives, just with these fields emptied.
  return { ...message, content: "", embeds: [], attachments: [], components: [] };
}

/** The bot always sees its own messages and those that mention it. */
function readsOwnContent(message: Payload): boolean {
  const author = message.author as Payload | undefined;
  const mentions = Array.isArray(message.mentions) ? (message.mentions as Payload[]) : [];
  return author?.id === fakeDiscordIds.botUserId || mentions.some((u) => u.id === fakeDiscordIds.botUserId);
}
