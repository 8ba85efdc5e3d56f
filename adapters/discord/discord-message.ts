import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord-api-types/v10";

/** A row of buttons or one select under a message (discord-api-types' own shape, named once). */
export type DiscordActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * One Discord message as plain JSON that discord.js's reply/editReply/followUp/send take as they are (and the
 * REST API too, with `allowedMentions` spelled `allowed_mentions`). `allowedMentions` pings nobody but the
 * users listed, so even text that slipped past escaping cannot ping @everyone or a role.
 */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
  allowedMentions: { parse: []; users: string[] };
  /** Files sent with it (the collector script), as discord.js's AttachmentPayload. */
  files?: Array<{ name: string; attachment: Buffer }>;
}

/** The REST call's JSON and files; discord.js spells allowed mentions differently from the wire. */
export function restBody(message: DiscordMessage) {
  const body = {
    content: message.content ?? "",
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: message.allowedMentions.parse, users: message.allowedMentions.users },
  };
  const files = message.files?.map(({ name, attachment }) => ({ name, data: attachment }));
  return { body, ...(files ? { files } : {}) };
}
