import { type APIGuildMember, type APIUser, PermissionFlagsBits } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { noFlags } from "./no-flags.js";

/** What the bot may do in the fake channel: enough to reply, embed, start threads and read history. */
export const botPermissions = String(
  PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.SendMessagesInThreads |
    PermissionFlagsBits.CreatePublicThreads |
    PermissionFlagsBits.EmbedLinks |
    PermissionFlagsBits.AttachFiles |
    PermissionFlagsBits.ReadMessageHistory |
    PermissionFlagsBits.UseApplicationCommands,
);

/** The default user owns the guild, and an owner's computed permissions are all of them. */
export const ownerPermissions = String(
  Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n),
);

/** The bot as Discord shows it in READY, as a message author and in `mentions`. */
export function botUser(): APIUser {
  return {
    id: fakeDiscordIds.botUserId,
    username: fakeDiscordIds.botUsername,
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
    flags: noFlags(),
    public_flags: noFlags(),
  };
}

/** A person; pomelo usernames have discriminator "0" since 2023. */
export function personUser(
  id: string = fakeDiscordIds.userId,
  username: string = fakeDiscordIds.userName,
): APIUser {
  return {
    id,
    username,
    discriminator: "0",
    global_name: username[0]?.toUpperCase() + username.slice(1),
    avatar: null,
    flags: noFlags(),
    public_flags: noFlags(),
  };
}

/** A guild member as GUILD_CREATE and MESSAGE_CREATE carry it (interactions add `permissions`). */
export function guildMember(user: APIUser): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: "2024-01-01T00:00:00.000000+00:00",
    premium_since: null,
    deaf: false,
    mute: false,
    flags: noFlags(),
    pending: false,
    communication_disabled_until: null,
  };
}
