import type { ConnectionLimiter } from "./connection-limiter.js";
import { type TlsAttemptOutcome, type TlsTarget, tlsAttempt } from "./tls-attempt.js";
import { cipherString, type TlsCipherFamily, tlsCipherFamilies } from "./tls-cipher-families.js";

export interface TlsCipherProbe {
  family: string;
  offeredByWindows: boolean;
  outcome: TlsAttemptOutcome;
}

/** Tries each cipher family alone on TLS 1.2, one fresh connection each, as many at once as the limiter allows. */
export function tlsCipherSweep(
  target: TlsTarget,
  families: readonly TlsCipherFamily[] = tlsCipherFamilies,
  limit: ConnectionLimiter = (task) => task(),
): Promise<TlsCipherProbe[]> {
  return Promise.all(
    families.map(async (family) => ({
      family: family.family,
      offeredByWindows: family.offeredByWindows,
      outcome: await limit(() =>
        tlsAttempt(target, {
          minVersion: "TLSv1.2",
          maxVersion: "TLSv1.2",
          ciphers: cipherString(family),
        }),
      ),
    })),
  );
}
