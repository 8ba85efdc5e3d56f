import type { Server } from "node:http";
import { type GatewayGuildCreateDispatchData, GatewayOpcodes } from "discord.js";
import { WebSocketServer } from "ws";
import {
  answerGatewayFrame,
  closeByFake,
  type GatewayConnection,
  type GatewayLog,
  sendDispatch,
} from "./answer-gateway-frame.js";
import { shapeDispatchForIntents } from "./shape-dispatch-for-intents.js";

export interface FakeGatewayOptions {
  /** ws://127.0.0.1:<port>, given back as READY's resume_gateway_url. */
  url: string;
  heartbeatIntervalMs: number;
  /** Intent bits IDENTIFY may not ask for: asking closes with 4014, like a privileged intent left off in the portal. */
  rejectIntents: number;
  /** Only this token may IDENTIFY (else 4004); undefined accepts any. */
  botToken: string | undefined;
  /** Follow READY with the fake guild's GUILD_CREATE (only to sessions with the Guilds intent, as Discord does). */
  announceGuild: boolean;
  guildCreate: () => GatewayGuildCreateDispatchData;
  onChange: () => void;
}

export interface FakeGateway extends Readonly<Omit<GatewayLog, "heartbeatAcks" | "connections">> {
  /** WebSocket connections opened so far, including reconnects. */
  connections(): number;
  /** Heartbeats (op 1) the fake answered with op 11. */
  heartbeatAcks(): number;
  /** Open connections with a session (after READY or RESUMED). */
  readySessions(): number;
  /** Sends `{op:0,t,s,d}` to every session, shaped for its intents; returns how many got it. */
  dispatch(t: string, d: object): number;
  /** Closes every connection with `code`: 4000 makes discord.js resume; 4014 ends it for good. */
  disconnect(code: number, reason: string): void;
  close(): Promise<void>;
}

/** The Discord gateway on the fake's HTTP server (same port), speaking plain JSON (no zlib-sync installed). */
export function startFakeGateway(server: Server, options: FakeGatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server });
  const connections = new Set<GatewayConnection>();
  const log: GatewayLog = { connections: 0, identifies: [], resumes: [], closes: [], heartbeatAcks: 0 };
  const context = { ...options, log, sessions: new Map<string, { intents: number }>() };

  wss.on("connection", (socket) => {
    const connection: GatewayConnection = {
      socket,
      sessionId: undefined,
      intents: undefined,
      seq: 0,
      closedByFake: false,
    };
    connections.add(connection);
    log.connections += 1;
    socket.on("message", (data) => {
      answerGatewayFrame(connection, parseFrame(String(data)), context);
      options.onChange();
    });
    socket.on("close", (code, reason) => {
      connections.delete(connection);
      if (!connection.closedByFake)
        log.closes.push({ code, reason: String(reason), by: "client", at: Date.now() });
      options.onChange();
    });
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: options.heartbeatIntervalMs } }),
    );
    options.onChange();
  });

  const ready = () =>
    [...connections].filter((c) => c.intents !== undefined && c.socket.readyState === c.socket.OPEN);
  return {
    identifies: log.identifies,
    resumes: log.resumes,
    closes: log.closes,
    connections: () => log.connections,
    heartbeatAcks: () => log.heartbeatAcks,
    readySessions: () => ready().length,
    dispatch(t, d) {
      const targets = ready();
      if (targets.length === 0)
        throw new Error(`dispatch(${t}): no ready gateway session; did client.login() finish?`);
      let delivered = 0;
      for (const connection of targets) {
        const shaped = shapeDispatchForIntents(t, d, connection.intents ?? 0);
        if (shaped === undefined) continue;
        sendDispatch(connection, t, shaped);
        delivered += 1;
      }
      return delivered;
    },
    disconnect(code, reason) {
      for (const connection of connections) closeByFake(connection, log, code, reason);
    },
    close: async () => {
      // Destroy the Client first: a live client treats a server-side close as a reason to reconnect.
      for (const connection of connections) connection.socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** A garbled frame must not throw inside the ws event handler (that would crash the test run). */
function parseFrame(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
