/** Where Bot Framework publishes the keys of the tokens it sends to bots, in Microsoft's public cloud. */
export const publicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

export interface TeamsConfig {
  clientId: string;
  clientSecret: string;
  /** Only these tenants are served; the first is where the bot's own token comes from. */
  tenantIds: readonly [string, ...string[]];
  openIdMetadataUrl: string;
  tokenUrl: string;
  /** RDP_FIX_PROBE_TEAMS_CHANNELS: channel ids (`19:...@thread.tacv2`); empty = anywhere. */
  probeChannels: readonly string[];
  /** RDP_FIX_PROBE_TEAMS_USERS: AAD object ids; empty = anyone. */
  probeUsers: readonly string[];
  /** RDP_FIX_TEAMS_TRIAGE_CHANNELS: channels whose posts the bot reads (RSC) and offers help under; empty = none. */
  triageChannels: readonly string[];
}

export type TeamsConfigReading = { ok: true; config: TeamsConfig } | { ok: false; problems: string[] };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const channelId = /^19:[^\s,;]+$/;

/**
 * The Teams section of the environment. Every problem is named at once and no value is ever repeated (a
 * secret could be in the wrong variable). Both URLs are configurable for sovereign clouds and for tests.
 */
export function readTeamsConfig(env: Readonly<Record<string, string | undefined>>): TeamsConfigReading {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() ?? "";
  const list = (name: string, shape: RegExp, example: string): string[] => {
    const items =
      value(name) === ""
        ? []
        : value(name)
            .split(",")
            .map((item) => item.trim());
    if (items.some((item) => !shape.test(item)))
      problems.push(`${name} must be a comma-separated list, e.g. ${example}.`);
    return items.filter((item) => shape.test(item));
  };
  const url = (name: string, fallback: string, mustEnd?: string): string => {
    const raw = value(name) || fallback;
    if (!/^https?:\/\/[^\s]+$/.test(raw) || URL.canParse(raw) === false)
      problems.push(`${name} must be an http(s) URL.`);
    else if (mustEnd && !raw.endsWith(mustEnd))
      // The SDK's own check reads the keys from the same folder, `.../keys` (as every Microsoft cloud serves them).
      problems.push(`${name} must end in ${mustEnd}, as Microsoft's metadata URLs do.`);
    return raw;
  };

  const clientId = value("TEAMS_CLIENT_ID");
  if (!guid.test(clientId)) problems.push("TEAMS_CLIENT_ID must be the bot's app (client) id, a GUID.");
  const clientSecret = value("TEAMS_CLIENT_SECRET");
  if (clientSecret === "") problems.push("TEAMS_CLIENT_SECRET must be a client secret of that app.");
  const tenants = list("TEAMS_TENANT_ID", guid, "72f988bf-86f1-41af-91ab-2d7cd011db47");
  const [home, ...others] = tenants;
  if (home === undefined && value("TEAMS_TENANT_ID") === "")
    problems.push(
      "TEAMS_TENANT_ID must name the tenant(s) the bot serves (one GUID or a comma-separated list).",
    );
  const openIdMetadataUrl = url("TEAMS_OPENID_METADATA_URL", publicOpenIdMetadataUrl, "/openidconfiguration");
  const tokenUrl = url(
    "TEAMS_TOKEN_URL",
    `https://login.microsoftonline.com/${home ?? "tenant"}/oauth2/v2.0/token`,
  );
  const probeChannels = list("RDP_FIX_PROBE_TEAMS_CHANNELS", channelId, "19:abc123@thread.tacv2");
  const probeUsers = list("RDP_FIX_PROBE_TEAMS_USERS", guid, "00000000-0000-0000-0000-000000000000");
  const triageChannels = list("RDP_FIX_TEAMS_TRIAGE_CHANNELS", channelId, "19:abc123@thread.tacv2");

  if (problems.length > 0 || home === undefined) return { ok: false, problems };
  const tenantIds: [string, ...string[]] = [home, ...others];
  return {
    ok: true,
    config: {
      clientId,
      clientSecret,
      tenantIds,
      openIdMetadataUrl,
      tokenUrl,
      probeChannels,
      probeUsers,
      triageChannels,
    },
  };
}
