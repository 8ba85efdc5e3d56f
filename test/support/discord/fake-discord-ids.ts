/**
 * The one Discord world every fake and payload builder agrees on. Ids are 19-digit snowflakes because
 * @discordjs/rest only treats 17-19 digit ids as major parameters (rate-limit buckets per channel/webhook).
 * The bot user shares the application's id, as it does for every app created since 2021.
 */
export const fakeDiscordIds = {
  applicationId: "1300000000000000001",
  botUserId: "1300000000000000001",
  botUsername: "rdp-fix",
  guildId: "1300000000000000100",
  /** A role the fake guild has besides @everyone, for "who may probe" tests. */
  proberRoleId: "1300000000000000777",
  guildName: "IT Help Desk",
  channelId: "1300000000000000200",
  channelName: "it-help",
  /** Owns the guild; the person whose slash commands and messages the payload builders send. */
  userId: "1300000000000000300",
  userName: "alice",
  commandId: "1300000000000000400",
  commandName: "rdp-fix",
} as const;
