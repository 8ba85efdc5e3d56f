import type { NegotiationOutcome } from "./negotiate-x224.js";
import { negotiateX224 } from "./negotiate-x224.js";
import { startTls, type TlsSettings } from "./start-tls.js";
import type { TlsOutcome } from "./tls-outcome.js";

export interface TlsTarget {
  address: string;
  port: number;
  host: string;
  /** A protocol set the server already answered with SSL, HYBRID or HYBRID_EX. */
  requestedProtocols: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A sweep attempt either reached TLS or lost the way before it (the server changed its mind, or went away). */
export type TlsAttemptOutcome = TlsOutcome | { kind: "not-negotiated"; negotiation: NegotiationOutcome };

/** One fresh TCP connection, Connection Request and TLS handshake with the given settings. */
export async function tlsAttempt(target: TlsTarget, settings: TlsSettings): Promise<TlsAttemptOutcome> {
  const negotiation = await negotiateX224({ ...target, keepTlsSocket: true });
  if (negotiation.handover === undefined) return { kind: "not-negotiated", negotiation: negotiation.outcome };
  return startTls(negotiation.handover, { ...target, settings });
}
