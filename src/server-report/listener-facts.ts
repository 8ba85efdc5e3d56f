import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

const layerNames = ["RDP Security Layer only", "Negotiate", "TLS"] as const;

/** RDP-Tcp settings: security layer, NLA, whether connections are allowed, the half-open connection cap. */
export function listenerFacts(report: ServerReport): ServerFact[] {
  const { securityLayer, userAuthentication, denyConnections, maxOutstandingConnections } = report.listener;
  const facts: ServerFact[] = [];
  if (securityLayer === 0)
    facts.push({
      id: "server.security-layer-rdp",
      detail: "SecurityLayer is 0: the listener accepts only the RDP Security Layer, no TLS",
    });
  else if (securityLayer === 1 || securityLayer === 2)
    facts.push({
      id: "server.security-layer-tls",
      detail: `SecurityLayer is ${securityLayer} (${layerNames[securityLayer]}): TLS is offered`,
    });
  if (userAuthentication === 1)
    facts.push({
      id: "server.nla-required",
      detail: "UserAuthentication is 1: Network Level Authentication (CredSSP) is required",
    });
  else if (userAuthentication === 0)
    facts.push({ id: "server.nla-off", detail: "UserAuthentication is 0: NLA is not required" });
  if (denyConnections === true)
    facts.push({
      id: "server.rdp-disabled",
      detail: "fDenyTSConnections is 1: Remote Desktop connections are turned off",
    });
  // The default is not documented; a value set this low is someone's tuning and caps half-open connections.
  if (maxOutstandingConnections !== null && maxOutstandingConnections < 100)
    facts.push({
      id: "server.max-outstanding-low",
      detail: `MaxOutstandingConnections is set to ${maxOutstandingConnections}: few half-open connections are allowed`,
    });
  return facts;
}
