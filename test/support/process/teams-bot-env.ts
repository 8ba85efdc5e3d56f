import type { FakeMicrosoft } from "../teams/fake-microsoft.js";
import { teamsIds } from "../teams/teams-activities.js";
import { fencedBotEnv } from "./fenced-bot-env.js";

/** The environment of a Teams bot process for tests, against the local stand-in for Microsoft. */
export function teamsBotEnv(options: Parameters<typeof fencedBotEnv>[0] & { microsoft: FakeMicrosoft }) {
  const { microsoft, ...fenced } = options;
  return {
    TEAMS_CLIENT_ID: teamsIds.clientId,
    TEAMS_CLIENT_SECRET: "test-secret",
    TEAMS_TENANT_ID: teamsIds.tenantId,
    TEAMS_OPENID_METADATA_URL: microsoft.openIdMetadataUrl,
    TEAMS_TOKEN_URL: microsoft.tokenUrl,
    ...fencedBotEnv(fenced),
  };
}
