/**
 * What every bot process in the tests shares: the probe policy fenced to one loopback endpoint, a short
 * probe budget, short leases so a restart or a second replica takes over in seconds, and debug logs.
 */
export function fencedBotEnv(options: {
  port: number;
  rdpPort: number;
  store: { RDP_FIX_DATA_DIR: string } | { DATABASE_URL: string };
}): Record<string, string> {
  return {
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
