/** A signing secret `rdp-fix serve` accepts (hex only), shared by the bot process and the signed requests. */
export const processSigningSecret = "0123456789abcdef0123456789abcdef";

/**
 * The environment of a Slack bot process for tests: the fake Web API, the probe policy fenced to one
 * loopback endpoint, short leases so a restart takes over in seconds, and the given store.
 */
export function slackBotEnv(options: {
  apiUrl: string;
  port: number;
  rdpPort: number;
  store: { RDP_FIX_DATA_DIR: string } | { DATABASE_URL: string };
}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: "xoxb-1-2-restart",
    SLACK_SIGNING_SECRET: processSigningSecret,
    SLACK_API_URL: options.apiUrl,
    PORT: String(options.port),
    RDP_FIX_ALLOWED_CIDRS: "127.0.0.1/32",
    RDP_FIX_ALLOWED_PORTS: String(options.rdpPort),
    RDP_FIX_PROBE_BUDGET_MS: "3000",
    RDP_FIX_JOB_LEASE_MS: "2000",
    LOG_LEVEL: "debug",
    ...options.store,
  };
}
