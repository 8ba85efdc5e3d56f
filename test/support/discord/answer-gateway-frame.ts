import { randomUUID } from "node:crypto";
import { type GatewayGuildCreateDispatchData, GatewayIntentBits, GatewayOpcodes } from "discord.js";
import type { WebSocket } from "ws";
import { readyPayload } from "./ready-payload.js";

export interface GatewayIdentify {
  token: string;
  intents: number;
  at: number;
  /** "ready", or the close code the fake answered with (4004 bad token, 4014 disallowed intents). */
  outcome: "ready" | 4004 | 4014;
}

export interface GatewayClose {
  code: number;
  reason: string;
  /** "fake": the fake closed it (a test asked, or IDENTIFY was refused); "client": discord.js did. */
  by: "fake" | "client";
  at: number;
}

/** Everything the gateway has seen, for tests to read. */
export interface GatewayLog {
  /** WebSocket connections opened, including reconnects. */
  connections: number;
  identifies: GatewayIdentify[];
  /** RESUMEs (op 6); `resumed` is false when the session was unknown and the fake sent Invalid Session. */
  resumes: { sessionId: string; seq: number; resumed: boolean; at: number }[];
  closes: GatewayClose[];
  heartbeatAcks: number;
}

/** One WebSocket connection; `intents` is set once it has a session (after READY or RESUMED). */
export interface GatewayConnection {
  socket: WebSocket;
  sessionId: string | undefined;
  intents: number | undefined;
  seq: number;
  closedByFake: boolean;
}

export interface GatewayFrameContext {
  log: GatewayLog;
  /** Sessions a dropped connection can resume, by session_id. */
  sessions: Map<string, { intents: number }>;
  url: string;
  rejectIntents: number;
  botToken: string | undefined;
  announceGuild: boolean;
  guildCreate: () => GatewayGuildCreateDispatchData;
}

export function sendDispatch(connection: GatewayConnection, t: string, d: object): void {
  connection.seq += 1;
  connection.socket.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: connection.seq, d }));
}

export function closeByFake(
  connection: GatewayConnection,
  log: GatewayLog,
  code: number,
  reason: string,
): void {
  connection.closedByFake = true;
  log.closes.push({ code, reason, by: "fake", at: Date.now() });
  connection.socket.close(code, reason);
}

/** Answers IDENTIFY (READY, 4004 or 4014), RESUME (RESUMED or Invalid Session) and heartbeats (op 11). */
export function answerGatewayFrame(
  connection: GatewayConnection,
  frame: unknown,
  context: GatewayFrameContext,
): void {
  const { op, d = {} } = (frame ?? {}) as { op?: unknown; d?: Record<string, unknown> };
  if (op === GatewayOpcodes.Heartbeat) {
    context.log.heartbeatAcks += 1;
    connection.socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
  }
  if (op === GatewayOpcodes.Identify) identify(connection, d, context);
  if (op === GatewayOpcodes.Resume) resume(connection, d, context);
}

function identify(
  connection: GatewayConnection,
  d: Record<string, unknown>,
  context: GatewayFrameContext,
): void {
  const { log } = context;
  const token = String(d.token);
  const intents = Number(d.intents);
  const badToken = context.botToken !== undefined && token !== context.botToken;
  const outcome = badToken ? 4004 : (intents & context.rejectIntents) !== 0 ? 4014 : "ready";
  log.identifies.push({ token, intents, at: Date.now(), outcome });
  if (outcome === 4004) closeByFake(connection, log, 4004, "Authentication failed.");
  if (outcome === 4014) closeByFake(connection, log, 4014, "Disallowed intent(s).");
  if (outcome !== "ready") return;
  const sessionId = randomUUID().replaceAll("-", "");
  Object.assign(connection, { sessionId, intents });
  context.sessions.set(sessionId, { intents });
  const withGuild = context.announceGuild && (intents & GatewayIntentBits.Guilds) !== 0;
  sendDispatch(connection, "READY", readyPayload(sessionId, context.url, withGuild));
  if (withGuild) sendDispatch(connection, "GUILD_CREATE", context.guildCreate());
}

function resume(
  connection: GatewayConnection,
  d: Record<string, unknown>,
  context: GatewayFrameContext,
): void {
  const sessionId = String(d.session_id);
  const known = context.sessions.get(sessionId);
  context.log.resumes.push({ sessionId, seq: Number(d.seq), resumed: known !== undefined, at: Date.now() });
  if (known === undefined) {
    // "Not resumable": discord.js identifies again, after its 5 s identify throttle.
    connection.socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
    return;
  }
  // The fake replays nothing missed while disconnected; the sequence simply continues.
  Object.assign(connection, { sessionId, intents: known.intents, seq: Number(d.seq) });
  sendDispatch(connection, "RESUMED", {});
}
