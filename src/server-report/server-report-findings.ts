import type { ObservedFinding } from "../engine/index.js";
import { certificateFacts } from "./certificate-facts.js";
import { cipherFacts } from "./cipher-facts.js";
import { credsspFacts } from "./credssp-facts.js";
import { eventFacts } from "./event-facts.js";
import { firewallFacts } from "./firewall-facts.js";
import { listenerFacts } from "./listener-facts.js";
import type { ServerReport } from "./server-report-schema.js";
import { serviceFacts } from "./service-facts.js";
import { tlsProtocolFacts } from "./tls-protocol-facts.js";

/** The `server.*` findings a report supports, each stamped with the time the collector ran. */
export function serverReportFindings(report: ServerReport): ObservedFinding[] {
  return [
    ...certificateFacts(report),
    ...listenerFacts(report),
    ...serviceFacts(report),
    ...firewallFacts(report),
    ...tlsProtocolFacts(report),
    ...cipherFacts(report),
    ...credsspFacts(report),
    ...eventFacts(report),
  ].map(({ id, detail }) => ({ id, detail, at: report.collectedAt }));
}
