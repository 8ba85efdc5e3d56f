import type { ClientProfile } from "./client-profile.js";
import { connectionLimiter } from "./connection-limiter.js";
import type { Negotiation } from "./negotiate-x224.js";
import type { RdpEndpointObservation } from "./rdp-endpoint-observation.js";
import { startTls, type TlsSettings } from "./start-tls.js";
import type { TlsTarget } from "./tls-attempt.js";
import { tlsCipherFamilies } from "./tls-cipher-families.js";
import { tlsCipherSweep } from "./tls-cipher-sweep.js";
import { permissiveCiphers, tlsVersionSweep } from "./tls-version-sweep.js";

export type TlsPhase = Pick<RdpEndpointObservation, "tls" | "versionSweep" | "cipherSweep">;

export interface PendingNegotiation {
  profile: ClientProfile;
  negotiation: Promise<Negotiation>;
}

export interface TlsPhaseRequest {
  address: string;
  port: number;
  host: string;
  timeoutMs: number;
  signal?: AbortSignal;
  cookie?: string;
}

/** Sweep connections open at once per address: under xrdp's accept backlog of 2, plus the one in hand. */
const sweepConnectionsAtOnce = 3;

/** The widest handshake a client can offer, so the first attempt reaches any server that speaks TLS at all. */
const firstHandshake: TlsSettings = {
  minVersion: "TLSv1",
  maxVersion: "TLSv1.3",
  ciphers: permissiveCiphers,
};

/**
 * Starts TLS as soon as a negotiation (in the given order) hands over a TLS socket, while the others may
 * still wait on a silent server; closes every socket it does not use. Sweeps run only after a first handshake
 * that did not stall: on a black-holed path they would all stall too.
 */
export async function runTlsPhase(
  request: TlsPhaseRequest,
  pending: readonly PendingNegotiation[],
): Promise<TlsPhase> {
  let chosen: { profile: ClientProfile; negotiation: Negotiation } | null = null;
  for (const { profile, negotiation: promise } of pending) {
    if (chosen !== null) {
      void promise.then((unused) => unused.handover?.socket.destroy());
      continue;
    }
    const negotiation = await promise;
    if (negotiation.handover !== undefined) chosen = { profile, negotiation };
  }
  const handover = chosen?.negotiation.handover;
  if (chosen === null || handover === undefined) return { tls: null, versionSweep: null, cipherSweep: null };

  const outcome = await startTls(handover, { ...request, settings: firstHandshake });
  const tls = { client: chosen.profile.client, outcome };
  if (outcome.kind === "stalled" || outcome.kind === "aborted" || request.signal?.aborted === true) {
    return { tls, versionSweep: null, cipherSweep: null };
  }
  const target: TlsTarget = { ...request, requestedProtocols: chosen.profile.requestedProtocols };
  // Both sweeps share one small pool of connections: see connection-limiter.ts.
  const limit = connectionLimiter(sweepConnectionsAtOnce);
  const [versionSweep, cipherSweep] = await Promise.all([
    tlsVersionSweep(target, limit),
    tlsCipherSweep(target, tlsCipherFamilies, limit),
  ]);
  return { tls, versionSweep, cipherSweep };
}
