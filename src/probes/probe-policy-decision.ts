import type { HostnameInput } from "./hostname-input.js";

/** Stable codes for audit records and tests; the `reason` next to each is for people. */
export type DenialCode =
  | "invalid-hostname"
  | "denied-hostname"
  | "hostname-not-allowed"
  | "invalid-port"
  | "port-not-allowed"
  | "invalid-address"
  | "always-denied"
  | "not-allowed";

/** The verdict on what the user asked for, before any lookup. */
export type RequestDecision =
  | { kind: "allowed"; host: Exclude<HostnameInput, { kind: "invalid" }>; port: number }
  | { kind: "denied"; code: DenialCode; reason: string };

/** The verdict on one resolved address. A denied address gets no packet. */
export type AddressDecision =
  | {
      kind: "allowed";
      /** As the resolver returned it. */
      address: string;
      /** Where to send packets: canonical text, IPv4-mapped addresses unwrapped to IPv4. */
      target: string;
      /** The configured range that allowed it. */
      rule: string;
    }
  | { kind: "denied"; address: string; code: DenialCode; reason: string };

export interface TargetDecision {
  /** The request as asked, for the audit record. */
  host: string;
  port: number | string;
  request: RequestDecision;
  /** One decision per resolved address, in the resolver's order. */
  addresses: AddressDecision[];
}
