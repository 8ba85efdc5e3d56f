import { rdpProtocol } from "./rdp-protocol.js";

export type ClientKind = "modern" | "tls-only" | "legacy";

export interface ClientProfile {
  client: ClientKind;
  requestedProtocols: number;
  /** How a step summary names this client. */
  label: string;
}

/**
 * The protocol sets real clients ask for. The server answers each set differently, and the differences
 * map the Security Layer policy (nmap and rdp-sec-check enumerate the same way).
 */
export const clientProfiles: readonly ClientProfile[] = [
  {
    client: "modern",
    requestedProtocols: rdpProtocol.ssl | rdpProtocol.hybrid | rdpProtocol.hybridEx,
    label: "a current client (SSL|HYBRID|HYBRID_EX)",
  },
  { client: "tls-only", requestedProtocols: rdpProtocol.ssl, label: "a TLS-only client (SSL)" },
  { client: "legacy", requestedProtocols: rdpProtocol.rdp, label: "a legacy client (RDP security)" },
];
