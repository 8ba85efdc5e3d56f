import type { CertificateReading } from "./certificate-facts.js";
import type { ClientKind } from "./client-profile.js";
import type { NegotiationOutcome } from "./negotiate-x224.js";
import type { NtlmOutcome } from "./ntlm-outcome.js";
import type { TlsCipherProbe } from "./tls-cipher-sweep.js";
import type { TlsOutcome } from "./tls-outcome.js";
import type { TlsVersionProbe } from "./tls-version-sweep.js";

export interface NegotiationRecord {
  client: ClientKind;
  requestedProtocols: number;
  outcome: NegotiationOutcome;
}

/** Everything the RDP-over-TCP probe saw at one address; the findings and the steps are read from it. */
export interface RdpEndpointObservation {
  host: string;
  port: number;
  address: string;
  /** One per client profile, in the order of `clientProfiles`. */
  negotiations: NegotiationRecord[];
  /** The handshake on the first connection whose server selected a TLS protocol; null when none did. */
  tls: { client: ClientKind; outcome: TlsOutcome } | null;
  /** Null when not run: no TLS, or the first handshake stalled or was aborted. */
  versionSweep: TlsVersionProbe[] | null;
  cipherSweep: TlsCipherProbe[] | null;
  /** From the first handshake that delivered a certificate. */
  certificate: CertificateReading | null;
  /** The CredSSP NTLM exchange; null when no request was answered with HYBRID or HYBRID_EX. */
  ntlm: NtlmOutcome | null;
}
