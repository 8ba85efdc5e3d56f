import type { NegotiationOutcome } from "./negotiate-x224.js";
import type { NtlmIdentity } from "./ntlm-identity.js";

/** What the CredSSP NTLM exchange produced; plain data, safe to log and to map. */
export type NtlmOutcome =
  | {
      kind: "identified";
      identity: NtlmIdentity;
      /** Server clock minus ours when the CHALLENGE arrived; null when it sent no timestamp. */
      clockOffsetMs: number | null;
      durationMs: number;
    }
  /** The server answered with bytes that are no CHALLENGE, or went away or fell silent instead of answering. */
  | { kind: "unreadable"; reason: string; firstBytes: string; durationMs: number }
  /** This connection's Connection Request did not end in HYBRID (the server changed its mind, or went away). */
  | { kind: "not-negotiated"; negotiation: NegotiationOutcome }
  /** TLS under CredSSP failed here; the TLS step reports TLS problems, so this gives no finding of its own. */
  | { kind: "tls-failed"; message: string; durationMs: number }
  | { kind: "aborted"; durationMs: number };
