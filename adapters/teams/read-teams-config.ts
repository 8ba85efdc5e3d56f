import type { CompanionRule } from "../../src/runtime/companion-rules.js";
import { checked, httpUrl, idList } from "../../src/runtime/config-checks.js";
import { zodConfigSection } from "../../src/runtime/zod-config-section.js";

/** Where Bot Framework publishes the keys of the tokens it sends to bots, in Microsoft's public cloud. */
export const publicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const channels = (name: string) =>
  idList(name, /^19:[^\s,;]+$/, "Teams channel ids like 19:abc123@thread.tacv2");
const guids = (name: string, what: string) => idList(name, guid, `${what} (GUIDs)`);

/** Teams' variables. Both URLs are configurable for sovereign clouds and for tests. */
const teamsVariables = {
  TEAMS_CLIENT_ID: checked((id) =>
    guid.test(id) ? undefined : "TEAMS_CLIENT_ID must be the bot's app (client) id, a GUID",
  ).optional(),
  TEAMS_CLIENT_SECRET: checked(() => undefined).optional(),
  TEAMS_TENANT_ID: guids("TEAMS_TENANT_ID", "the tenant ids the bot serves").optional(),
  // The SDK's own check reads the keys from the same folder, `.../keys`, as every Microsoft cloud serves them.
  TEAMS_OPENID_METADATA_URL: httpUrl("TEAMS_OPENID_METADATA_URL", publicOpenIdMetadataUrl)
    .refine((url) => url.endsWith("/openidconfiguration"), {
      error: "TEAMS_OPENID_METADATA_URL must end in /openidconfiguration, as Microsoft's metadata URLs do",
    })
    .default(publicOpenIdMetadataUrl),
  TEAMS_TOKEN_URL: httpUrl(
    "TEAMS_TOKEN_URL",
    "https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token",
  ).optional(),
  // The channels whose posts the bot reads (RSC) and offers help under: none by default. The probe lists
  // below, empty, restrict nobody (channel ids; AAD object ids of people).
  RDP_FIX_TEAMS_TRIAGE_CHANNELS: channels("RDP_FIX_TEAMS_TRIAGE_CHANNELS").default([]),
  RDP_FIX_PROBE_TEAMS_CHANNELS: channels("RDP_FIX_PROBE_TEAMS_CHANNELS").default([]),
  RDP_FIX_PROBE_TEAMS_USERS: guids("RDP_FIX_PROBE_TEAMS_USERS", "AAD object ids").default([]),
};

/**
 * Off while none of Teams' variables is set (the metadata URL has a default, so it does not count); once any
 * is, the three app variables must be: half a Teams setup is a mistake, not a choice.
 */
const teamsCompanions: readonly CompanionRule[] = [
  "TEAMS_CLIENT_ID",
  "TEAMS_CLIENT_SECRET",
  "TEAMS_TENANT_ID",
].map((name) => ({
  when: [
    { anySet: Object.keys(teamsVariables).filter((other) => other !== "TEAMS_OPENID_METADATA_URL") },
    { unset: name },
  ],
  problem: `${name} must be set for Microsoft Teams`,
}));

/** Teams' section of the configuration. */
export const teamsConfigSection = zodConfigSection(
  teamsVariables,
  (values) => {
    const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenants } = values;
    const [home, ...others] = tenants ?? [];
    if (clientId === undefined || clientSecret === undefined || home === undefined) return undefined;
    return {
      clientId,
      clientSecret,
      // Only these tenants are served; the first is where the bot's own token comes from.
      tenantIds: [home, ...others] as const,
      openIdMetadataUrl: values.TEAMS_OPENID_METADATA_URL,
      tokenUrl: values.TEAMS_TOKEN_URL ?? `https://login.microsoftonline.com/${home}/oauth2/v2.0/token`,
      probeChannels: values.RDP_FIX_PROBE_TEAMS_CHANNELS,
      probeUsers: values.RDP_FIX_PROBE_TEAMS_USERS,
      triageChannels: values.RDP_FIX_TEAMS_TRIAGE_CHANNELS,
    };
  },
  teamsCompanions,
);

export type TeamsConfig = NonNullable<
  Extract<ReturnType<typeof teamsConfigSection.read>, { ok: true }>["value"]
>;
