import type { SecureVersion } from "node:tls";
import type { ConnectionLimiter } from "./connection-limiter.js";
import { type TlsAttemptOutcome, type TlsTarget, tlsAttempt } from "./tls-attempt.js";

export const sweptTlsVersions = [
  "TLSv1",
  "TLSv1.1",
  "TLSv1.2",
  "TLSv1.3",
] as const satisfies readonly SecureVersion[];
export type SweptTlsVersion = (typeof sweptTlsVersions)[number];

export interface TlsVersionProbe {
  version: SweptTlsVersion;
  outcome: TlsAttemptOutcome;
}

/**
 * Every cipher OpenSSL has except the unauthenticated and unencrypted ones, down to security level 0. Without
 * `ALL` (OpenSSL 3's DEFAULT drops CAMELLIA and others) and level 0 (which TLS 1.0/1.1 and small keys need),
 * OpenSSL refuses servers before asking them, and the sweep would measure this client instead of the server.
 */
export const permissiveCiphers = "ALL:!aNULL:!eNULL:@SECLEVEL=0";

/** Tries each TLS version alone, one fresh connection each, as many at once as the limiter allows. */
export function tlsVersionSweep(
  target: TlsTarget,
  limit: ConnectionLimiter = (task) => task(),
): Promise<TlsVersionProbe[]> {
  return Promise.all(
    sweptTlsVersions.map(async (version) => ({
      version,
      outcome: await limit(() =>
        tlsAttempt(target, {
          minVersion: version,
          maxVersion: version,
          ciphers: permissiveCiphers,
        }),
      ),
    })),
  );
}

export function acceptedTlsVersions(probes: readonly TlsVersionProbe[]): SweptTlsVersion[] {
  return probes.filter((probe) => probe.outcome.kind === "established").map((probe) => probe.version);
}
