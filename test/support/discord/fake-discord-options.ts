export interface FakeDiscordOptions {
  /**
   * Intent bits IDENTIFY may not ask for: asking closes the gateway with 4014 "Disallowed intent(s).",
   * as when MessageContent (1 << 15) is requested but not enabled in the Developer Portal.
   */
  rejectIntents?: number;
  /**
   * Follow READY with the fake guild's GUILD_CREATE (default true, as Discord does for a bot in a guild).
   * false sends READY with `guilds: []`: nothing is cached, so `client.channels.fetch` returns null.
   */
  announceGuild?: boolean;
  /** HELLO's interval; discord.js sends its first heartbeat after `interval * random()`. Default 45000. */
  heartbeatIntervalMs?: number;
  /** Accept only this token (REST 401, gateway close 4004); default: any token. */
  botToken?: string;
  /** Time to acknowledge an interaction (default 3000 ms); a later callback gets 10062. */
  ackWindowMs?: number;
  /** Interaction token lifetime (default 15 min); later webhook calls get 50027. */
  tokenLifetimeMs?: number;
  /** Echo the bot's own non-ephemeral messages back as MESSAGE_CREATE (default true, as Discord does). */
  echoBotMessages?: boolean;
}
