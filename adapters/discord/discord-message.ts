import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
  APIStringSelectComponent,
} from "discord-api-types/v10";

/** The payload shapes the renderers build, named once; `import type` only, so nothing loads at run time. */
export type DiscordEmbed = APIEmbed;
export type DiscordField = APIEmbedField;
export type DiscordButton = APIButtonComponentWithCustomId;
export type DiscordSelect = APIStringSelectComponent;
export type DiscordActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * One Discord message as plain JSON that discord.js's reply/editReply/followUp/send take as they are (and the
 * REST API too, with `allowedMentions` spelled `allowed_mentions`). `allowedMentions` pings nobody but the
 * users listed, so even text that slipped past escaping cannot ping @everyone or a role.
 */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  allowedMentions: { parse: []; users: string[] };
}
