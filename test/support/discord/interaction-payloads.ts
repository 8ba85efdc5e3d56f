import { randomBytes } from "node:crypto";
import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIButtonComponentWithCustomId,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIComponentInMessageActionRow,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitGuildInteraction,
  type APIStringSelectComponent,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { botPermissions, botUser, guildMember, ownerPermissions, personUser } from "./fake-discord-users.js";
import { nextSnowflake, timestampOfSnowflake } from "./next-snowflake.js";

export interface InteractionPayloadOptions {
  user?: APIUser;
  channelId?: string;
  /** The member's role ids (none by default). */
  roles?: string[];
}

/**
 * The INTERACTION_CREATE `d` for `/rdp-fix host:...` in the fake guild. Option types follow the values:
 * string 3, integer 4, boolean 5, other number 10.
 */
export function slashCommandPayload(
  options: InteractionPayloadOptions & {
    name?: string;
    options?: Record<string, string | number | boolean>;
  } = {},
): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...interactionBase(options),
    type: InteractionType.ApplicationCommand,
    data: {
      id: fakeDiscordIds.commandId,
      name: options.name ?? fakeDiscordIds.commandName,
      type: ApplicationCommandType.ChatInput,
      guild_id: fakeDiscordIds.guildId,
      options: Object.entries(options.options ?? {}).map(([name, value]) => commandOption(name, value)),
    },
  };
}

/** A click on button `customId`. `message` is the message that carried it (e.g. `fake.apiMessage(id)`). */
export function buttonClickPayload(
  options: InteractionPayloadOptions & { customId: string; message?: APIMessage },
): APIMessageComponentButtonInteraction {
  const button: APIButtonComponentWithCustomId = {
    type: ComponentType.Button,
    custom_id: options.customId,
    label: "Yes",
    style: ButtonStyle.Primary,
  };
  return {
    ...interactionBase(options),
    type: InteractionType.MessageComponent,
    data: { custom_id: options.customId, component_type: ComponentType.Button },
    message: options.message ?? messageWithComponents([button], options.channelId),
  };
}

/** A choice in string select `customId`; the default carrying message offers exactly `values`. */
export function stringSelectPayload(
  options: InteractionPayloadOptions & { customId: string; values: string[]; message?: APIMessage },
): APIMessageComponentSelectMenuInteraction {
  const select: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: options.customId,
    options: options.values.map((value) => ({ label: value, value })),
  };
  return {
    ...interactionBase(options),
    type: InteractionType.MessageComponent,
    data: { custom_id: options.customId, component_type: ComponentType.StringSelect, values: options.values },
    message: options.message ?? messageWithComponents([select], options.channelId),
  };
}

/**
 * A submitted modal: the text typed into each field, by custom_id, as Discord sends it for a form opened
 * from a button (the message that carried the button rides along, which is what allows a deferUpdate).
 */
export function modalSubmitPayload(
  options: InteractionPayloadOptions & {
    customId: string;
    fields: Record<string, string>;
    message: APIMessage;
  },
): APIModalSubmitGuildInteraction {
  return {
    ...interactionBase(options),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: options.customId,
      components: Object.entries(options.fields).map(([customId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
      })),
    },
    message: options.message,
  } as APIModalSubmitGuildInteraction;
}

/** Fields every guild interaction carries; a fresh id and token each time, as Discord mints them. */
function interactionBase({
  user = personUser(),
  channelId = fakeDiscordIds.channelId,
  roles = [],
}: InteractionPayloadOptions) {
  const id = nextSnowflake();
  return {
    id,
    application_id: fakeDiscordIds.applicationId,
    // Real tokens are long base64url strings that start with "interaction:".
    token: Buffer.from(`interaction:${id}:${randomBytes(48).toString("hex")}`).toString("base64url"),
    version: 1 as const,
    guild_id: fakeDiscordIds.guildId,
    guild: { id: fakeDiscordIds.guildId, locale: Locale.EnglishUS, features: [] },
    channel_id: channelId,
    channel: {
      id: channelId,
      type: ChannelType.GuildText as const,
      guild_id: fakeDiscordIds.guildId,
      name: fakeDiscordIds.channelName,
      position: 0,
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      permissions: ownerPermissions,
    },
    member: { ...guildMember(user), roles, user, permissions: ownerPermissions },
    app_permissions: botPermissions,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    // Installed to the guild: integration type 0 (GuildInstall) owned by the guild.
    authorizing_integration_owners: { 0: fakeDiscordIds.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

function commandOption(
  name: string,
  value: string | number | boolean,
): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === "string") return { name, type: ApplicationCommandOptionType.String, value };
  if (typeof value === "boolean") return { name, type: ApplicationCommandOptionType.Boolean, value };
  return Number.isInteger(value)
    ? { name, type: ApplicationCommandOptionType.Integer, value }
    : { name, type: ApplicationCommandOptionType.Number, value };
}

/** A bot message holding one action row, standing in for the message a component was clicked on. */
function messageWithComponents(
  row: APIComponentInMessageActionRow[],
  channelId: string = fakeDiscordIds.channelId,
): APIMessage {
  const id = nextSnowflake();
  return {
    id,
    channel_id: channelId,
    author: botUser(),
    content: "Which error code does the Remote Desktop client show?",
    timestamp: timestampOfSnowflake(id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [{ type: ComponentType.ActionRow, components: row }],
    pinned: false,
    type: MessageType.Default,
  };
}
