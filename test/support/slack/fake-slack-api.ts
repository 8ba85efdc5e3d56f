import { EventEmitter } from "node:events";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { type ApiAnswer, answerApiMethod } from "./answer-api-method.js";
import { createFaultQueue, type FakeApiFault, faultAnswer } from "./fake-api-faults.js";
import { createFakeMessageStore, type FakeEphemeral, type FakeMessage } from "./fake-message-store.js";
import { createResponseUrls, type FakeResponsePost, type ResponseUrlTarget } from "./fake-response-urls.js";
import { callerToken, parseApiBody } from "./parse-api-body.js";
import { slackTsSequence } from "./slack-ts.js";
import { startLoopbackJsonServer } from "./start-loopback-json-server.js";
import { waitForChange } from "./wait-for-change.js";

export interface FakeApiCall {
  method: string;
  /** Decoded body; `blocks`, `attachments` and `metadata` parsed back from the WebClient's JSON strings. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** From `Authorization: Bearer`, or a `token` body field. */
  token: string | undefined;
  at: number;
  status: number;
  response: Record<string, unknown>;
}

export interface FakeSlackApi {
  /** Pass as `clientOptions.slackApiUrl`; ends with "/" because the WebClient appends the method name. */
  readonly slackApiUrl: string;
  readonly calls: readonly FakeApiCall[];
  /** Every channel message the bot posted, as it stands now (with `deleted` and `history`). */
  readonly messages: readonly FakeMessage[];
  readonly ephemerals: readonly FakeEphemeral[];
  readonly responses: readonly FakeResponsePost[];
  callsTo(method: string): FakeApiCall[];
  messagesIn(channel: string): FakeMessage[];
  threadOf(channel: string, ts: string): FakeMessage[];
  /**
   * Stores what a person typed (pass the `event` you send Bolt) so threads rooted on it show up in
   * `threadOf` and `conversations.replies`, as they would in Slack.
   */
  seedUserMessage(message: {
    channel: string;
    ts: string;
    user: string;
    text: string;
    thread_ts?: string;
  }): FakeMessage;
  /** A response_url for a payload; posts to it are recorded and applied to `target` like Slack would. */
  responseUrl(target?: ResponseUrlTarget): string;
  failNext(method: string, fault: FakeApiFault, times?: number): void;
  /** `method` ("response_url" for response URLs) answers with `fault` for the next `ms`: an outage window. */
  failFor(method: string, fault: FakeApiFault, ms: number): void;
  attachSocketMode(server: { connectionUrl(): string }): void;
  /** A user group (S...) and its members, answered by usergroups.users.list. */
  seedUsergroup(id: string, members: readonly string[]): void;
  /** Resolves with the first truthy `probe()` result, re-checked after every recorded call or response. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  waitForCall(
    method: string,
    match?: (call: FakeApiCall) => boolean,
    timeoutMs?: number,
  ): Promise<FakeApiCall>;
  close(): Promise<void>;
}

/** A Slack Web API and response_url endpoint on 127.0.0.1, recording everything the bot sends. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const changes = new EventEmitter();
  const store = createFakeMessageStore(slackTsSequence());
  const responseUrls = createResponseUrls(store);
  const faults = createFaultQueue();
  const calls: FakeApiCall[] = [];
  const delays = new Set<NodeJS.Timeout>();
  let socketMode: { connectionUrl(): string } | undefined;
  const usergroups = new Map<string, readonly string[]>();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        delays.delete(timer);
        resolve();
      }, ms);
      delays.add(timer);
    });

  const answer = async (req: IncomingMessage, raw: string): Promise<ApiAnswer> => {
    const route = /^\/(api|response)\/([^/]+)$/.exec(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (req.method !== "POST" || route === null) return { status: 404, json: { ok: false } };
    const [, kind, name = ""] = route;
    const body = parseApiBody(req.headers["content-type"], raw);
    const fault = faults.take(kind === "api" ? name : "response_url");
    if (fault !== undefined && "delayMs" in fault) await delay(fault.delayMs);
    const injected = fault === undefined || "delayMs" in fault ? undefined : faultAnswer(fault);
    let reply: ApiAnswer;
    if (kind === "response") {
      reply = responseUrls.answer(name, body, injected);
    } else {
      const token = callerToken(req.headers.authorization, body);
      const socketModeUrl = () => socketMode?.connectionUrl();
      reply = injected ?? answerApiMethod(name, body, token, { store, socketModeUrl, usergroups });
      const { headers } = req;
      calls.push({
        method: name,
        body,
        headers,
        token,
        at: Date.now(),
        status: reply.status,
        response: reply.json,
      });
    }
    // After this tick, so a waiter woken by it sees the reply already on its way to the bot.
    setImmediate(() => changes.emit("change"));
    return reply;
  };
  const server = await startLoopbackJsonServer(answer);
  const { baseUrl } = server;

  const describe = () =>
    [
      `last calls: ${
        calls
          .slice(-10)
          .map((c) => `${c.method}(${JSON.stringify(c.body)}) -> ${c.status}`)
          .join("; ") || "none"
      }`,
      `response_url posts: ${responseUrls.posts.map((p) => `${p.id} ${JSON.stringify(p.body)}`).join("; ") || "none"}`,
    ].join("\n");

  const api: FakeSlackApi = {
    slackApiUrl: `${baseUrl}/api/`,
    calls,
    messages: store.messages,
    ephemerals: store.ephemerals,
    responses: responseUrls.posts,
    callsTo: (method) => calls.filter((c) => c.method === method),
    messagesIn: (channel) => store.messages.filter((m) => m.channel === channel),
    threadOf: (channel, ts) => store.threadOf(channel, ts),
    seedUserMessage: ({ channel, ts, user, text, thread_ts }) =>
      store.post(
        { channel, ts, user, text, threadTs: thread_ts, botId: undefined, blocks: undefined },
        "user",
      ),
    responseUrl: (target = {}) => `${baseUrl}/response/${responseUrls.issue(target)}`,
    failNext: (method, fault, times) => faults.failNext(method, fault, times),
    failFor: (method, fault, ms) => faults.failFor(method, fault, ms),
    seedUsergroup: (id, members) => void usergroups.set(id, members),
    attachSocketMode: (socketServer) => {
      socketMode = socketServer;
    },
    waitFor: (probe, timeoutMs = 2000) => waitForChange(changes, probe, timeoutMs, describe),
    waitForCall: (method, match = () => true, timeoutMs = 2000) =>
      api.waitFor(() => calls.find((c) => c.method === method && match(c)), timeoutMs),
    close: async () => {
      for (const timer of delays) clearTimeout(timer);
      await server.close();
    },
  };
  return api;
}
