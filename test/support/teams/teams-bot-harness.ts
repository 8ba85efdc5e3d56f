import type { Activity, InvokeResponse } from "@microsoft/teams.api";
import pino from "pino";
import { createBotTokenSource } from "../../../adapters/teams/create-bot-token-source.js";
import type { TeamsConfig } from "../../../adapters/teams/read-teams-config.js";
import { createTeamsApp, teamsConnector } from "../../../adapters/teams/teams-app.js";

import {
  botConnectorVerifier,
  type RefusalReason,
} from "../../../adapters/teams/verify-bot-connector-request.js";
import { createOpenIdSigningKeys } from "../../../src/runtime/openid-signing-keys.js";
import { startFakeMicrosoft } from "./fake-microsoft.js";
import { serveTeamsApp } from "./serve-teams-app.js";
import { teamsIds } from "./teams-activities.js";

/**
 * The real Teams SDK app behind our checks, served on loopback, talking to a local stand-in for Microsoft.
 * `onActivity` is what the bot does with each verified activity.
 */
export async function startTeamsBotHarness(
  onActivity: (activity: Activity, bot: Harness) => Promise<InvokeResponse | undefined>,
) {
  const microsoft = await startFakeMicrosoft({
    clientId: teamsIds.clientId,
    clientSecret: "test-secret",
    tenantId: teamsIds.tenantId,
  });
  const config: TeamsConfig = {
    clientId: teamsIds.clientId,
    clientSecret: "test-secret",
    tenantIds: [teamsIds.tenantId],
    openIdMetadataUrl: microsoft.openIdMetadataUrl,
    tokenUrl: microsoft.tokenUrl,
    probeChannels: [],
    probeUsers: [],
    triageChannels: [],
  };
  // The keys' clock can be moved on, past the cooldown between two refreshes for unknown kids.
  const keysClock = { offsetMs: 0 };
  const keys = createOpenIdSigningKeys({
    openIdMetadataUrl: config.openIdMetadataUrl,
    now: () => Date.now() + keysClock.offsetMs,
  });
  const received: Activity[] = [];
  const refusals: RefusalReason[] = [];
  const token = createBotTokenSource(config);
  const app = await createTeamsApp(
    {
      config,
      verify: botConnectorVerifier(config, keys),
      token,
      onRefused: (verdict) => refusals.push(verdict.reason),
      logger: pino({ level: process.env.TEAMS_TEST_LOG ?? "silent" }),
    },
    async (activity) => {
      received.push(activity);
      return onActivity(activity, harness);
    },
  );
  const server = await serveTeamsApp(app);
  const harness = {
    microsoft,
    /** The Bot Connector client the bot answers with. */
    app: { connector: teamsConnector(token) },
    server,
    received,
    refusals,
    keysClock,
    async close() {
      await server.close();
      await microsoft.close();
    },
  };
  return harness;
}

export type Harness = Awaited<ReturnType<typeof startTeamsBotHarness>>;
