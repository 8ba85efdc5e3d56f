import type { Socket } from "node:net";
import { buildConnectionRequest } from "./build-connection-request.js";
import { startsTls } from "./rdp-protocol.js";
import type { ConfirmReading } from "./read-connection-confirm.js";
import { readConnectionConfirm } from "./read-connection-confirm.js";
import { type TcpFailure, tcpConnect } from "./tcp-connect.js";

export interface NegotiateOptions {
  address: string;
  port: number;
  requestedProtocols: number;
  /** Bounds the TCP connect and, separately, the wait for the confirm. */
  timeoutMs: number;
  signal?: AbortSignal;
  cookie?: string;
  /** Keep the connection open when the server selected a protocol that starts TLS. */
  keepTlsSocket?: boolean;
}

/** What one Connection Request on a fresh TCP connection produced; plain data, safe to log and to map. */
export type NegotiationOutcome =
  | { kind: "tcp-failed"; tcp: TcpFailure }
  | (DistributiveOmit<ConfirmReading, "leftover"> & { tcpMs: number });

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A connection ready for the TLS handshake; `leftover` holds bytes the server sent after the confirm. */
export interface NegotiatedSocket {
  socket: Socket;
  leftover: Buffer;
}

export interface Negotiation {
  outcome: NegotiationOutcome;
  /** Present only with `keepTlsSocket` and a TLS-starting selection; the caller then owns the socket. */
  handover?: NegotiatedSocket;
}

export async function negotiateX224(options: NegotiateOptions): Promise<Negotiation> {
  const tcp = await tcpConnect(options);
  if (tcp.kind !== "open") return { outcome: { kind: "tcp-failed", tcp } };
  const { socket } = tcp;
  const request =
    options.cookie === undefined
      ? { requestedProtocols: options.requestedProtocols }
      : { requestedProtocols: options.requestedProtocols, cookie: options.cookie };
  socket.write(buildConnectionRequest(request));
  const reading = await readConnectionConfirm(socket, options);
  const outcome = withoutLeftover(reading, tcp.durationMs);
  const keep =
    options.keepTlsSocket === true &&
    reading.kind === "answered" &&
    reading.confirm.kind === "response" &&
    startsTls(reading.confirm.selectedProtocol);
  if (keep && reading.kind === "answered")
    return { outcome, handover: { socket, leftover: reading.leftover } };
  socket.destroy();
  return { outcome };
}

function withoutLeftover(reading: ConfirmReading, tcpMs: number): NegotiationOutcome {
  if (reading.kind !== "answered") return { ...reading, tcpMs };
  const { leftover: _leftover, ...rest } = reading;
  return { ...rest, tcpMs };
}
