import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { fakeSlackIds } from "./fake-slack-ids.js";
import { waitForChange } from "./wait-for-change.js";

export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

export interface PushOptions {
  envelopeId?: string;
  /** Slack re-sends an unacked envelope with the same id and these set (Bolt: context.retryNum/retryReason). */
  retryAttempt?: number;
  retryReason?: string;
}

export interface FakeSocketAck {
  envelopeId: string;
  /** What ack(...) was given; {} for a bare ack. */
  payload: unknown;
  at: number;
}

export interface FakeSocketModeServer {
  /** A new `ws://127.0.0.1:<port>/link/?ticket=...` per call, as apps.connections.open hands out. */
  connectionUrl(): string;
  readonly acks: readonly FakeSocketAck[];
  openConnections(): number;
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Sends an envelope to the newest connection and returns its envelope_id. */
  push(type: EnvelopeType, payload: object, options?: PushOptions): string;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<FakeSocketAck>;
  /** Stop the Bolt app first: a server-side close makes the SocketModeClient schedule a reconnect. */
  close(): Promise<void>;
}

/** A Socket Mode WebSocket endpoint on 127.0.0.1; attach it with `api.attachSocketMode(server)`. */
export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const changes = new EventEmitter();
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", resolve));
  const { port } = wss.address() as AddressInfo;
  const sockets: WebSocket[] = [];
  const acks: FakeSocketAck[] = [];
  let tickets = 0;
  let envelopes = 0;

  wss.on("connection", (socket) => {
    sockets.push(socket);
    socket.on("message", (data) => {
      const message = parseJson(String(data));
      if (typeof message?.envelope_id === "string") {
        acks.push({ envelopeId: message.envelope_id, payload: message.payload ?? {}, at: Date.now() });
        changes.emit("change");
      }
    });
    socket.on("close", () => changes.emit("change"));
    // The SocketModeClient's start() resolves on this, not on the WebSocket opening.
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake", build_number: 1, approximate_connection_time: 3600 },
        connection_info: { app_id: fakeSlackIds.appId },
      }),
    );
    changes.emit("change");
  });

  const open = () => sockets.filter((s) => s.readyState === s.OPEN);
  const describe = () =>
    `open connections: ${open().length}; acks: ${acks.map((a) => a.envelopeId).join(", ") || "none"}`;

  return {
    connectionUrl: () => {
      tickets += 1;
      return `ws://127.0.0.1:${port}/link/?ticket=fake-${tickets}&app_id=${fakeSlackIds.appId}`;
    },
    acks,
    openConnections: () => open().length,
    waitForConnection: async (timeoutMs = 2000) => {
      await waitForChange(changes, () => open().length > 0, timeoutMs, describe);
    },
    push(type, payload, options = {}) {
      const socket = open().at(-1);
      if (socket === undefined) throw new Error("push: no Socket Mode connection; did app.start() finish?");
      envelopes += 1;
      const envelopeId = options.envelopeId ?? `fake-envelope-${envelopes}`;
      const retry =
        type === "events_api"
          ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? "" }
          : {};
      // Slack offers a response payload for commands (and view submissions), not for clicks or events.
      const acceptsResponsePayload = type === "slash_commands";
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: acceptsResponsePayload,
          ...retry,
        }),
      );
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMs = 2000) =>
      waitForChange(changes, () => acks.find((a) => a.envelopeId === envelopeId), timeoutMs, describe),
    close: async () => {
      await Promise.all(sockets.map(closeSocket));
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** A polite close, then a hard one if the client never answers the close frame. */
function closeSocket(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => socket.terminate(), 1000);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    if (socket.readyState === socket.OPEN) socket.close(1001, "fake server closing");
  });
}

/** A garbled client frame must not throw inside the ws event handler (that would crash the test run). */
function parseJson(text: string): { envelope_id?: unknown; payload?: unknown } | undefined {
  try {
    return JSON.parse(text) as { envelope_id?: unknown; payload?: unknown };
  } catch {
    return undefined;
  }
}
