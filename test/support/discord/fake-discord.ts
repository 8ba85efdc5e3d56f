import { EventEmitter } from "node:events";
import type { APIApplicationCommand, APIMessage } from "discord.js";
import { waitForChange } from "../slack/wait-for-change.js";
import { answerDiscordRequest, type FakeDiscordCall } from "./answer-discord-request.js";
import { cancellableDelays } from "./cancellable-delays.js";
import { describeFakeDiscord } from "./describe-fake-discord.js";
import { createDiscordFaultQueue, type DiscordFault, type RouteMatcher } from "./discord-rest-faults.js";
import { echoOfBotMessage } from "./echo-of-bot-message.js";
import { createFakeChannels, type FakeThread } from "./fake-channels.js";
import { createFakeCommands } from "./fake-commands.js";
import { createFakeDiscordMessageStore, type FakeDiscordMessage } from "./fake-discord-message-store.js";
import type { FakeDiscordOptions } from "./fake-discord-options.js";
import { type FakeGateway, startFakeGateway } from "./fake-gateway.js";
import { createFakeInteractions, type FakeInteraction } from "./fake-interactions.js";
import { fromApiMessage } from "./from-api-message.js";
import { guildCreatePayload } from "./guild-create-payload.js";
import { type FakeInteractionResponses, interactionResponsesOf } from "./interaction-responses.js";
import { matchRoute } from "./match-route.js";
import { startLoopbackRestServer } from "./start-loopback-rest-server.js";
import { toApiMessage } from "./to-api-message.js";

export interface FakeDispatch {
  t: string;
  d: object;
  /** Sessions that got it (0 when their intents filter it out). */
  delivered: number;
  /** "test": `fake.dispatch`; "fake": the echo of a message the bot posted. */
  by: "test" | "fake";
  at: number;
}

export interface FakeDiscord {
  /** Pass as `rest: { api }`: discord.js appends `/v10/...`. */
  readonly apiUrl: string;
  readonly calls: readonly FakeDiscordCall[];
  readonly dispatches: readonly FakeDispatch[];
  readonly threads: readonly FakeThread[];
  /** Every interaction dispatched, with the callback the bot answered it with (a modal is type 9). */
  readonly interactions: readonly FakeInteraction[];
  readonly gateway: Pick<
    FakeGateway,
    "connections" | "identifies" | "resumes" | "closes" | "heartbeatAcks" | "readySessions" | "disconnect"
  >;
  /** Calls matching "METHOD /path/:param" (see `matchRoute`). */
  callsTo(pattern: string): FakeDiscordCall[];
  /** Channel messages (the bot's, and people's from dispatched MESSAGE_CREATE), deleted ones included. */
  messagesIn(channelId: string): FakeDiscordMessage[];
  /** A stored message as Discord would return it: the `message` a component interaction needs. */
  apiMessage(id: string): APIMessage;
  /** Throws for an interaction the fake never dispatched. */
  interactionResponses(interactionId: string): FakeInteractionResponses;
  commands(guildId?: string): APIApplicationCommand[];
  /** Sends a gateway dispatch; INTERACTION_CREATE and MESSAGE_CREATE payloads are remembered for the REST side. */
  dispatch(t: string, d: object): number;
  /** From now on the token's webhook answers 401 50027 and its callback 404 10062, as after 15 minutes. */
  expireInteractionToken(token: string): void;
  failNext(matcher: RouteMatcher, fault: DiscordFault, times?: number): void;
  /** Matching requests answer with `fault` for the next `ms`: an outage window. */
  failFor(matcher: RouteMatcher, fault: DiscordFault, ms: number): void;
  /** Resolves with the first truthy `probe()`, re-checked on every call, dispatch or gateway frame and every 20 ms. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  waitForCall(
    pattern: string,
    match?: (call: FakeDiscordCall) => boolean,
    timeoutMs?: number,
  ): Promise<FakeDiscordCall>;
  /** Destroy the Client first: a live client reconnects when the gateway goes away. */
  close(): Promise<void>;
}

/** Discord's REST API (`/api/v10`) and gateway on one 127.0.0.1 port, recording everything the bot does. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const changes = new EventEmitter();
  const changed = () => setImmediate(() => changes.emit("change"));
  const store = createFakeDiscordMessageStore();
  const channels = createFakeChannels();
  const interactions = createFakeInteractions();
  const faults = createDiscordFaultQueue();
  const calls: FakeDiscordCall[] = [];
  const dispatches: FakeDispatch[] = [];
  const delays = cancellableDelays();
  const state = {
    store,
    channels,
    interactions,
    commands: createFakeCommands(),
    ackWindowMs: options.ackWindowMs ?? 3000,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
    gatewayUrl: "",
  };
  const context = { state, faults, botToken: options.botToken, delay: delays.delay };
  const http = await startLoopbackRestServer(async (req, raw) => {
    const before = store.messages.length;
    const { call, answer } = await answerDiscordRequest(req, raw, context);
    calls.push(call);
    if (options.echoBotMessages !== false) store.messages.slice(before).forEach(echo);
    changed();
    return answer;
  });
  state.gatewayUrl = http.baseUrl.replace(/^http/, "ws");
  const gateway = startFakeGateway(http.server, {
    url: state.gatewayUrl,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
    rejectIntents: options.rejectIntents ?? 0,
    botToken: options.botToken,
    announceGuild: options.announceGuild ?? true,
    guildCreate: () => guildCreatePayload(channels),
    onChange: changed,
  });
  const send = (t: string, d: object, by: FakeDispatch["by"]) => {
    const delivered = gateway.dispatch(t, d);
    dispatches.push({ t, d, delivered, by, at: Date.now() });
    changed();
    return delivered;
  };
  function echo(message: FakeDiscordMessage) {
    const payload = echoOfBotMessage(message);
    if (payload !== undefined && gateway.readySessions() > 0) send("MESSAGE_CREATE", payload, "fake");
  }
  const describe = () => describeFakeDiscord(calls, dispatches, gateway);
  // close() is idempotent, so a test may close early and still leave afterEach to close again.
  let closing: Promise<void> | undefined;

  const fake: FakeDiscord = {
    apiUrl: `${http.baseUrl}/api`,
    calls,
    dispatches,
    threads: channels.threads,
    gateway,
    callsTo: (pattern) => calls.filter((c) => matchRoute(pattern, c.method, c.path) !== undefined),
    messagesIn: (channelId) =>
      store.messages.filter((m) => m.channelId === channelId && m.source !== "interaction"),
    apiMessage(id) {
      const message = store.messages.find((m) => m.id === id);
      if (message === undefined) throw new Error(`apiMessage: the fake holds no message ${id}`);
      return toApiMessage(message);
    },
    interactions: interactions.all,
    interactionResponses: (interactionId) => interactionResponsesOf(interactions, store, interactionId),
    commands: (guildId) => state.commands.list(guildId),
    dispatch(t, d) {
      // Throws when no session is ready, before anything is remembered for a dispatch nobody got.
      if (gateway.readySessions() === 0) return gateway.dispatch(t, d);
      if (t === "INTERACTION_CREATE") interactions.register(d);
      const message = d as APIMessage & { guild_id?: string };
      if (t === "MESSAGE_CREATE" && store.find(message.id) === undefined)
        store.add(fromApiMessage(message, "user"), "user-message");
      return send(t, d, "test");
    },
    expireInteractionToken(token) {
      const interaction = interactions.byToken(token);
      if (interaction === undefined)
        throw new Error(`expireInteractionToken: no interaction has token ${token}`);
      interaction.expired = true;
    },
    failNext: (matcher, fault, times) => faults.failNext(matcher, fault, times),
    failFor: (matcher, fault, ms) => faults.failFor(matcher, fault, ms),
    waitFor: (probe, timeoutMs = 2000) => waitForChange(changes, probe, timeoutMs, describe),
    waitForCall: (pattern, match = () => true, timeoutMs = 2000) =>
      fake.waitFor(() => fake.callsTo(pattern).find(match), timeoutMs),
    close: () => {
      closing ??= (async () => {
        delays.cancelAll();
        await gateway.close();
        await http.close();
      })();
      return closing;
    },
  };
  return fake;
}
