import type { TargetNtlmIdentity } from "./probe-target-facts.js";

/** A condition that holds until it clears: raised once, and "resolved" once when it no longer holds. */
export type WatchCondition = "cert-expiring" | "cert-expired" | "port-closed";

/** What a watch check tells its owner: one alert per change, never a repeat while nothing changed. */
export type WatchAlert =
  | { kind: "cert-expiring"; state: "raised" | "resolved"; notAfter: string; daysLeft: number }
  | { kind: "cert-expired"; state: "raised" | "resolved"; notAfter: string }
  /** Resolved: the port answers again. */
  | { kind: "port-closed"; state: "raised" | "resolved" }
  | {
      kind: "protocols-changed";
      before: string[];
      after: string[];
      /** What the change means for clients: NLA no longer selected, only TLS or only standard RDP security left. */
      meaning: Array<"nla-dropped" | "nla-offered" | "tls-only" | "rdp-only">;
    }
  | { kind: "tls-versions-changed"; before: string[]; after: string[] }
  | { kind: "certificate-replaced"; before: string; after: string; notAfter: string }
  | { kind: "ntlm-identity-changed"; before: TargetNtlmIdentity; after: TargetNtlmIdentity };
