import {
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
} from "discord.js";
import { type FakeChannels, toApiThread } from "./fake-channels.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { botPermissions, botUser, guildMember, personUser } from "./fake-discord-users.js";
import { noFlags } from "./no-flags.js";

/**
 * The GUILD_CREATE Discord sends right after READY for each guild the bot is in. discord.js caches the
 * guild and its channels from it; without it `client.channels.fetch(id)` returns null and MESSAGE_CREATE
 * for the channel is dropped (unless the bot enables the Channel partial).
 */
export function guildCreatePayload(channels: FakeChannels): GatewayGuildCreateDispatchData {
  return {
    id: fakeDiscordIds.guildId,
    name: fakeDiscordIds.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: fakeDiscordIds.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    // The @everyone role shares the guild's id.
    roles: [
      {
        id: fakeDiscordIds.guildId,
        name: "@everyone",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: botPermissions,
        managed: false,
        mentionable: false,
        flags: noFlags(),
      },
      {
        id: fakeDiscordIds.proberRoleId,
        name: "rdp-probers",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 1,
        permissions: "0",
        managed: false,
        mentionable: false,
        flags: noFlags(),
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: fakeDiscordIds.channelId,
    system_channel_flags: noFlags(),
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: "2024-01-01T00:00:00.000000+00:00",
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guildMember(botUser()), guildMember(personUser())],
    channels: [...channels.textChannels],
    threads: channels.threads.map(toApiThread),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
