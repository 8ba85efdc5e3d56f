import { fakeDiscordIds } from "../discord/fake-discord-ids.js";

/**
 * The environment of a Discord bot process for tests: the fake REST API and gateway, the probe policy
 * fenced to one loopback endpoint, short leases so a restart or a second replica takes over in seconds.
 */
export function discordBotEnv(options: {
  apiUrl: string;
  port: number;
  rdpPort: number;
  store: { RDP_FIX_DATA_DIR: string } | { DATABASE_URL: string };
}): Record<string, string> {
  return {
    DISCORD_TOKEN: "fake.token.value",
    DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
    DISCORD_API_URL: options.apiUrl,
    PORT: String(options.port),
    RDP_FIX_ALLOWED_CIDRS: "127.0.0.1/32",
    RDP_FIX_ALLOWED_PORTS: String(options.rdpPort),
    RDP_FIX_PROBE_BUDGET_MS: "3000",
    RDP_FIX_JOB_LEASE_MS: "2000",
    RDP_FIX_GATEWAY_LEASE_MS: "3000",
    LOG_LEVEL: "debug",
    ...options.store,
  };
}
