import { tlsOverSocket } from "./tls-over-socket.js";
import type { X224Answer } from "./x224-bytes.js";
import { x224RoundTrip } from "./x224-round-trip.js";

export interface RdpHandshakeRequest {
  host: string;
  port: number;
  requestedProtocols: number;
  /** Per stage: connect, X.224 answer, TLS handshake. */
  timeoutMs: number;
}

/** JSON-safe, so it can cross the process boundary out of a namespace. */
export interface RdpHandshakeCheck {
  /** "connected", "timeout", or the socket error code (ECONNREFUSED...). */
  tcp: string;
  /** "answered", "not-reached", "timeout", "closed" or an error code. */
  x224: string;
  x224Hex?: string;
  answer?: X224Answer;
  /** "established", "not-reached", "timeout" or the TLS error code. */
  tls: string;
  tlsProtocol?: string;
}

/**
 * TCP connect, X.224 round trip, then TLS when the server selected a TLS-based protocol: the three
 * stages a network fault can break separately. A lab-only check; the product's probe is in src/probes.
 */
export async function checkRdpHandshake(request: RdpHandshakeRequest): Promise<RdpHandshakeCheck> {
  const trip = await x224RoundTrip({
    ...request,
    connectTimeoutMs: request.timeoutMs,
    answerTimeoutMs: request.timeoutMs,
  });
  switch (trip.kind) {
    case "connect-timeout":
      return { tcp: "timeout", x224: "not-reached", tls: "not-reached" };
    case "connect-failed":
      return { tcp: trip.code, x224: "not-reached", tls: "not-reached" };
    case "no-answer":
      return { tcp: "connected", x224: trip.reason, tls: "not-reached" };
    case "answered": {
      const stages = {
        tcp: "connected",
        x224: "answered",
        x224Hex: trip.bytes.toString("hex"),
        answer: trip.answer,
      };
      if (trip.answer.kind !== "response" || trip.answer.selectedProtocol === 0) {
        trip.socket.destroy();
        return { ...stages, tls: "not-reached" };
      }
      const tls = await tlsOverSocket(trip.socket, request.timeoutMs);
      if (tls.kind === "established")
        return { ...stages, tls: "established", tlsProtocol: tls.protocol ?? "" };
      return { ...stages, tls: tls.kind === "timeout" ? "timeout" : tls.code };
    }
  }
}
