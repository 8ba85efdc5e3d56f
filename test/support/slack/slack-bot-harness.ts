import pino from "pino";
import { startSlackBot } from "../../../adapters/slack/slack-app.js";
import { anyoneMayProbe, type ChannelAndGroupAccess } from "../../../src/chat/channel-and-group-rule.js";
import { createChatService } from "../../../src/chat/chat-service.js";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import type { DnsLookup } from "../../../src/probes/dns-resolve.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { createHttpServer } from "../../../src/runtime/http-server.js";
import type { Metrics } from "../../../src/runtime/metrics.js";
import type { ProbeControl } from "../../../src/runtime/probe-control-config.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import type { StateStore } from "../../../src/state/state-store.js";
import { shippedFlow } from "../engine-conversation.js";
import { offlineLookup } from "../offline-lookup.js";
import { blockActionsBody } from "./block-actions-body.js";
import { eventCallbackBody } from "./event-callback-body.js";
import type { FakeMessage } from "./fake-message-store.js";
import { startFakeSlackApi } from "./fake-slack-api.js";
import { fakeSlackIds } from "./fake-slack-ids.js";
import { startFakeSocketModeServer } from "./fake-socket-mode-server.js";
import { postToBolt } from "./post-to-bolt.js";
import { type SignOptions, signSlackRequest } from "./sign-slack-request.js";
import { slashCommandBody } from "./slash-command-body.js";

export const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

interface UserEvent {
  channel: string;
  ts: string;
  user: string;
  text: string;
  thread_ts?: string;
}

interface Button {
  label: string;
  actionId: string;
  value: string;
}

/**
 * The real Slack adapter (real Bolt, HTTP mode, on 127.0.0.1) wired to the real engine and probes, talking
 * to the fake Slack Web API, with a fake RDP endpoint on loopback as the host to diagnose.
 */
export async function startSlackBotHarness(
  options: {
    fault?: string;
    triageChannels?: string[];
    socketMode?: boolean;
    logLevel?: pino.Level;
    /** The state store (memory by default); replicas in one test share one. */
    store?: StateStore;
    /** Another replica's Slack Web API and RDP endpoint, so both replicas talk to the same fakes. */
    shared?: { api: Awaited<ReturnType<typeof startFakeSlackApi>>; rdp: FakeRdpServer };
    replicaId?: string;
    /** What names resolve to, without DNS (anything else is NXDOMAIN). */
    names?: Record<string, readonly string[]>;
    /** Or the whole resolver seam, e.g. one whose answer changes between lookups. */
    lookup?: DnsLookup;
    /** Who may probe and how often (the defaults otherwise). */
    probeControl?: ProbeControl;
    /** Who may probe from Slack: the adapter's own rule (anyone otherwise). */
    probeAccess?: ChannelAndGroupAccess;
    /** How long a command's first message is retried before the person is told (2 min otherwise). */
    firstMessageBudgetMs?: number;
    /** Counts what the adapter and the chat layer count (nothing otherwise). */
    metrics?: Metrics;
  } = {},
) {
  const api = options.shared?.api ?? (await startFakeSlackApi());
  const socket = options.socketMode ? await startFakeSocketModeServer() : undefined;
  if (socket) api.attachSocketMode(socket);
  const fault = findDemoFault(options.fault ?? "expired-cert");
  if (!fault) throw new Error(`unknown demo fault ${options.fault}`);
  const rdp: FakeRdpServer =
    options.shared?.rdp ??
    (await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() }));
  const lookup = options.lookup ?? offlineLookup(options.names);
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    // 3389 too, so a diagnosis of a name (host42) offers consent; the names resolve through offlineLookup.
    allowedPorts: [rdp.port, 3389],
  });
  const store = options.store ?? new MemoryStateStore();
  const logLines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: options.logLevel ?? "debug" },
    { write: (line: string) => void logLines.push(JSON.parse(line)) },
  );
  const flow = shippedFlow();
  const chat = createChatService({
    flow,
    store,
    runProbes: createProbeRunner({ policy, budgetMs: 4000, lookup }),
    logger,
    jobPollMs: 50,
    checkTarget: createTargetCheck(policy, lookup),
    ...(options.probeControl ? { probeControl: options.probeControl } : {}),
    ...(options.firstMessageBudgetMs ? { firstMessageBudgetMs: options.firstMessageBudgetMs } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.replicaId ? { replicaId: options.replicaId } : {}),
  });
  // The runtime's one HTTP server, as `serve` runs it: Slack's request URL next to /healthz.
  const http = createHttpServer({ health: () => store.health() });
  const settings = {
    connection: socket
      ? { mode: "socket" as const, botToken: "xoxb-test", appToken: "xapp-1-test", apiUrl: api.slackApiUrl }
      : { mode: "http" as const, botToken: "xoxb-test", signingSecret, apiUrl: api.slackApiUrl },
    probeAccess: options.probeAccess ?? anyoneMayProbe,
    triageChannels: options.triageChannels ?? [],
  };
  const bot = await startSlackBot(settings, {
    flow,
    chat,
    logger,
    http,
    botIdentity: { botId: fakeSlackIds.botId, botUserId: fakeSlackIds.botUserId },
    progressIntervalMs: 50,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const port = await http.listen(0, "127.0.0.1");
  await chat.start();
  const boltUrl = `http://127.0.0.1:${port}`;
  return {
    ...slackTestClient(api, boltUrl),
    api,
    rdp,
    store,
    chat,
    logLines,
    socket,
    stop: async () => {
      await bot.stop();
      await http.stop();
      await chat.stop(2000);
      await socket?.close();
      if (!options.shared) {
        await rdp.close();
        await api.close();
      }
    },
  };
}

/**
 * What a person and Slack do to a bot at `boltUrl`: signed commands, events and clicks, and waiting for what
 * the bot posted in the fake Web API. Works for an in-process bot or a bot process the test started.
 */
export function slackTestClient(
  api: Awaited<ReturnType<typeof startFakeSlackApi>>,
  boltUrl: string,
  secret: string = signingSecret,
) {
  const send = (content: Parameters<typeof signSlackRequest>[1], sign: SignOptions = {}) =>
    postToBolt(boltUrl, "/slack/events", signSlackRequest(secret, content, sign));

  const buttonsOf = (message: FakeMessage): Button[] =>
    (message.blocks ?? []).flatMap((block) => {
      const b = block as { type?: string; elements?: Array<Record<string, unknown>> };
      if (b.type !== "actions") return [];
      return (b.elements ?? [])
        .filter((e) => e.type === "button")
        .map((e) => ({
          label: String((e.text as { text?: string })?.text),
          actionId: String(e.action_id),
          value: String(e.value),
        }));
    });

  return {
    boltUrl,
    send,
    /** `/rdp-fix <text>` as `userId` (the fake workspace's user by default). */
    command: (text: string, sign: SignOptions = {}, userId: string = fakeSlackIds.userId) =>
      send(
        {
          kind: "slash-command",
          fields: slashCommandBody({ text, userId, responseUrl: api.responseUrl({ userId }) }),
        },
        sign,
      ),
    /** Delivers an Events API callback; a person's message is first put in the fake, as Slack would have it. */
    event: (event: UserEvent, eventId: string, sign: SignOptions = {}) => {
      if (!api.threadOf(event.channel, event.ts).some((m) => m.ts === event.ts)) {
        api.seedUserMessage({
          channel: event.channel,
          ts: event.ts,
          user: event.user,
          text: event.text,
          ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
        });
      }
      return send({ kind: "event", body: eventCallbackBody({ event, eventId }) }, sign);
    },
    buttonsOf,
    /** Clicks the button with this label on a message the bot posted, as `user` would. */
    click: async (message: FakeMessage, label: string, user: string = fakeSlackIds.userId) => {
      const button = buttonsOf(message).find((b) => b.label === label);
      if (!button)
        throw new Error(
          `no "${label}" button; buttons: ${buttonsOf(message)
            .map((b) => b.label)
            .join(", ")}`,
        );
      const payload = blockActionsBody({
        actionId: button.actionId,
        value: button.value,
        messageTs: message.ts,
        responseUrl: api.responseUrl({ messageTs: message.ts }),
        userId: user,
        ...(message.threadTs === undefined ? {} : { threadTs: message.threadTs }),
      });
      return send({ kind: "interaction", payload });
    },
    /** Picks an option of the message's static_select (questions with more than five answers). */
    choose: async (message: FakeMessage, optionLabel: string, user: string = fakeSlackIds.userId) => {
      const select = selectOf(message);
      const option = select?.options.find((o) => o.text.text === optionLabel);
      if (!select || !option) throw new Error(`no select option "${optionLabel}" in ${visibleText(message)}`);
      const payload = blockActionsBody({
        actionId: select.actionId,
        blockId: select.blockId,
        selectedOptionValue: option.value,
        selectedOptionText: optionLabel,
        messageTs: message.ts,
        responseUrl: api.responseUrl({ messageTs: message.ts }),
        userId: user,
        ...(message.threadTs === undefined ? {} : { threadTs: message.threadTs }),
      });
      return send({ kind: "interaction", payload });
    },
    selectOf,
    /** Waits for a message in a thread (or the channel) that satisfies the predicate, newest first. */
    waitForMessage: (predicate: (m: FakeMessage) => boolean, threadTs?: string, timeoutMs = 8000) =>
      api.waitFor(() => {
        const messages = threadTs
          ? api.threadOf(fakeSlackIds.channelId, threadTs)
          : api.messagesIn(fakeSlackIds.channelId);
        return [...messages].reverse().find(predicate);
      }, timeoutMs),
    /**
     * `/rdp-fix <text>` as `user`, then the new diagnosis's root message and its first step in the thread:
     * the consent prompt (with its buttons) or, when probing is not offered, the first question.
     */
    startDiagnosis: async (text: string, user: string = fakeSlackIds.userId) => {
      const before = api.messagesIn(fakeSlackIds.channelId).length;
      await send(
        {
          kind: "slash-command",
          fields: slashCommandBody({ text, userId: user, responseUrl: api.responseUrl({ userId: user }) }),
        },
        {},
      );
      const root = await api.waitFor(() =>
        api
          .messagesIn(fakeSlackIds.channelId)
          .slice(before)
          .find(
            (m) =>
              m.threadTs === undefined && visibleText(m).includes("started a Remote Desktop diagnosis of"),
          ),
      );
      const first = await api.waitFor(
        () =>
          api
            .threadOf(fakeSlackIds.channelId, root.ts)
            .find(
              (m) =>
                buttonsOf(m).some((b) => b.label === "Probe now") || visibleText(m).includes("Question 1"),
            ),
        8000,
      );
      return { root, first };
    },
  };
}

export type SlackTestClient = ReturnType<typeof slackTestClient>;

interface Select {
  actionId: string;
  blockId: string;
  options: Array<{ text: { text: string }; value: string }>;
}

/** The first static_select of a message, with the block id that carries the session. */
export function selectOf(message: FakeMessage): Select | undefined {
  for (const block of message.blocks ?? []) {
    const b = block as { type?: string; block_id?: string; elements?: Array<Record<string, unknown>> };
    const select = b.type === "actions" ? b.elements?.find((e) => e.type === "static_select") : undefined;
    if (select) {
      return {
        actionId: String(select.action_id),
        blockId: String(b.block_id),
        options: select.options as Select["options"],
      };
    }
  }
  return undefined;
}

export type SlackBotHarness = Awaited<ReturnType<typeof startSlackBotHarness>>;

/** All the text a person sees in a message: its blocks' texts, or its fallback text. */
/** The bold heading of the cause ranked first ("*1. Title*") in a message's visible text. */
export function topCauseTitle(text: string): string {
  return /\*1\. ([^*]+)\*/.exec(text)?.[1] ?? "";
}

export function visibleText(message: FakeMessage): string {
  return JSON.stringify(message.blocks ?? message.text ?? "");
}

/** A predicate for waitForMessage: the message shows this text somewhere. */
export function showing(fragment: string): (message: FakeMessage) => boolean {
  return (message) => visibleText(message).includes(fragment);
}
