import pino from "pino";
import type { TeamsActivity } from "../../../adapters/teams/adaptive-card-element.js";
import type { TeamsConfig } from "../../../adapters/teams/read-teams-config.js";
import { startTeamsBot } from "../../../adapters/teams/start-teams-bot.js";
import { createChatService } from "../../../src/chat/chat-service.js";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { createHttpServer } from "../../../src/runtime/http-server.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import type { StateStore } from "../../../src/state/state-store.js";
import { shippedFlow } from "../engine-conversation.js";
import { offlineLookup } from "../offline-lookup.js";
import { signBotConnectorToken, type TokenClaims } from "./bot-connector-signer.js";
import { type FakeMicrosoft, startFakeMicrosoft } from "./fake-microsoft.js";
import { teamsIds } from "./teams-activities.js";

export interface ServedTeamsBotOptions {
  /** A demo fault for the loopback RDP endpoint (expired-cert by default). */
  fault?: string;
  triageChannels?: string[];
  probeChannels?: string[];
  probeUsers?: string[];
  store?: StateStore;
  /** Another replica's fakes, so both replicas talk to the same Microsoft and the same RDP endpoint. */
  shared?: { microsoft: FakeMicrosoft; rdp: FakeRdpServer };
  replicaId?: string;
}

/**
 * The Teams adapter as `serve` runs it: the real SDK behind /api/messages on the runtime's one HTTP server
 * (127.0.0.1), the real chat core, engine and probes, a local stand-in for Microsoft, and a loopback RDP
 * endpoint with a demo fault as the host to diagnose.
 */
export async function startServedTeamsBot(options: ServedTeamsBotOptions = {}) {
  const microsoft =
    options.shared?.microsoft ??
    (await startFakeMicrosoft({
      clientId: teamsIds.clientId,
      clientSecret: "test-secret",
      tenantId: teamsIds.tenantId,
    }));
  const fault = findDemoFault(options.fault ?? "expired-cert");
  if (!fault) throw new Error(`unknown demo fault ${options.fault}`);
  const rdp =
    options.shared?.rdp ??
    (await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() }));
  const lookup = offlineLookup();
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    allowedPorts: [rdp.port, 3389],
  });
  const store = options.store ?? new MemoryStateStore();
  const logger = pino({ level: process.env.TEAMS_TEST_LOG ?? "silent" });
  const chat = createChatService({
    flow: shippedFlow(),
    store,
    runProbes: createProbeRunner({ policy, budgetMs: 4000, lookup }),
    checkTarget: createTargetCheck(policy, lookup),
    logger,
    jobPollMs: 50,
    ...(options.replicaId ? { replicaId: options.replicaId } : {}),
  });
  const config: TeamsConfig = {
    clientId: teamsIds.clientId,
    clientSecret: "test-secret",
    tenantIds: [teamsIds.tenantId],
    openIdMetadataUrl: microsoft.openIdMetadataUrl,
    tokenUrl: microsoft.tokenUrl,
    probeChannels: options.probeChannels ?? [],
    probeUsers: options.probeUsers ?? [],
    triageChannels: options.triageChannels ?? [],
  };
  const http = createHttpServer({ health: () => store.health() });
  const bot = await startTeamsBot(config, { flow: shippedFlow(), chat, logger, http }, 50);
  const url = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
  await chat.start();

  return {
    ...teamsTestClient(microsoft, url),
    microsoft,
    rdp,
    store,
    chat,
    url,
    async stop() {
      await bot.stop();
      await http.stop();
      await chat.stop(2000);
      if (!options.shared) {
        await rdp.close();
        await microsoft.close();
      }
    },
  };
}

/**
 * What Teams and a person do to a bot served at `url`: signed activities POSTed to /api/messages, and what
 * the bot posted to the stand-in for the Bot Connector. Works for an in-process bot or a `serve` process.
 */
export function teamsTestClient(microsoft: FakeMicrosoft, url: string) {
  const sign = (claims: Partial<TokenClaims> = {}) =>
    signBotConnectorToken(microsoft.keys[0] as NonNullable<(typeof microsoft.keys)[0]>, {
      aud: teamsIds.clientId,
      serviceurl: microsoft.serviceUrl,
      ...claims,
    });
  /** POSTs an activity to /api/messages as Teams would: signed unless `token` is given (null: unsigned). */
  const post = async (activity: unknown, token?: string | null) => {
    const bearer = token === undefined ? await sign() : token;
    const response = await fetch(`${url}/api/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
  };
  /** What the bot posted (or updated) in one Bot Connector conversation, oldest first. */
  const postedIn = (conversationId: string) =>
    microsoft.calls.filter((call) => call.conversationId === conversationId);
  /** Waits for a posted activity in the conversation whose card text matches. */
  const waitForCard = async (conversationId: string, shows: RegExp, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const call = postedIn(conversationId).find((c) => shows.test(JSON.stringify(c.body)));
      if (call) return call.body as unknown as TeamsActivity;
      if (Date.now() > until) {
        const seen = postedIn(conversationId).map((c) => cardText(c.body as unknown as TeamsActivity));
        throw new Error(`no card showing ${shows} in ${conversationId}; posted: ${JSON.stringify(seen)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { sign, post, postedIn, waitForCard };
}

export type ServedTeamsBot = Awaited<ReturnType<typeof startServedTeamsBot>>;

/** Every object in a posted card, depth first. */
function objectsOf(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (typeof value !== "object" || value === null) return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsOf)];
}

/** Every TextBlock and TextRun of a posted card, joined: what a person reads. */
export function cardText(activity: TeamsActivity): string {
  return objectsOf(activity.attachments?.[0]?.content?.body)
    .filter((o) => (o.type === "TextBlock" || o.type === "TextRun") && typeof o.text === "string")
    .map((o) => o.text)
    .join("\n");
}

/** The data of the card's Action.Execute button titled `title`, as Teams echoes it on the click. */
export function buttonData(activity: TeamsActivity, title: string): Record<string, unknown> {
  const button = objectsOf(activity.attachments?.[0]?.content?.body).find(
    (o) => o.type === "Action.Execute" && o.title === title,
  );
  if (!button) throw new Error(`no button titled ${title} on ${cardText(activity)}`);
  return button.data as Record<string, unknown>;
}
