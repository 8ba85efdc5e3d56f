import type { GatewayReadyDispatchData } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { botUser } from "./fake-discord-users.js";
import { noFlags } from "./no-flags.js";

/**
 * READY for a fresh session. Listing the guild as unavailable makes discord.js wait for its GUILD_CREATE
 * before `clientReady` (up to `waitGuildTimeout`, 15 s), exactly as on Discord.
 */
export function readyPayload(
  sessionId: string,
  resumeUrl: string,
  withGuild: boolean,
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...botUser(), verified: true, mfa_enabled: false },
    guilds: withGuild ? [{ id: fakeDiscordIds.guildId, unavailable: true }] : [],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: fakeDiscordIds.applicationId, flags: noFlags(), flags_new: "0" },
  };
}
