import type { ServerFact } from "./server-fact.js";
import type { ServerFindingId } from "./server-finding-ids.js";
import type { ServerReport } from "./server-report-schema.js";

type CountedEvent = Exclude<keyof ServerReport["events"], "schannel-36888" | "security-4625">;

/** What each event says when it occurred in the last 24 hours (texts from Microsoft's event-id guide). */
const meaning: Record<CountedEvent, { id: ServerFindingId; says: string }> = {
  "rcm-1057": { id: "server.event-1057", says: "failed to create a new self-signed certificate" },
  "rcm-1058": { id: "server.event-1058", says: "failed to replace the expired self-signed certificate" },
  "rcm-1006": { id: "server.event-1006", says: "received a large number of incomplete connections" },
  "schannel-36870": {
    id: "server.event-36870",
    says: "could not access the TLS server credential private key",
  },
  "schannel-36871": { id: "server.event-36871", says: "could not create a TLS server credential" },
  "schannel-36874": { id: "server.event-36874", says: "found no cipher suite in common with a client" },
};

/** A failed logon flood on an exposed host is what fills the half-open connection queue. */
const manyLogonFailures = 1000;
const fewLogonFailures = 50;

export function eventFacts(report: ServerReport): ServerFact[] {
  const facts: ServerFact[] = [];
  const { events } = report;
  for (const key of Object.keys(meaning) as CountedEvent[]) {
    const event = events[key];
    if (event === null || event.count === 0) continue;
    const [source, number] = key.split("-");
    const { id, says } = meaning[key];
    const latest = event.latest ? `; latest: ${event.latest.message}` : "";
    facts.push({
      id,
      detail: `${source === "rcm" ? "RemoteConnectionManager" : "Schannel"} ${number} (${event.count} in 24 h): ${says}${latest}`,
    });
  }
  const alert = events["schannel-36888"]?.latest;
  if (alert?.alert === 40 || alert?.alert === 70)
    facts.push({
      id: alert.alert === 40 ? "server.event-36888-handshake" : "server.event-36888-version",
      detail: `Schannel 36888: the server sent TLS alert ${alert.alert}${alert.state === null ? "" : ` (state ${alert.state})`}`,
    });
  const credentialEvents = [
    "rcm-1057",
    "rcm-1058",
    "schannel-36870",
    "schannel-36871",
    "schannel-36874",
  ] as const;
  if (credentialEvents.every((key) => events[key]?.count === 0))
    facts.push({
      id: "server.tls-events-quiet",
      detail: "No certificate or Schannel credential errors in the last 24 hours",
    });
  const failures = events["security-4625"]?.count;
  if (failures !== undefined && failures >= manyLogonFailures)
    facts.push({
      id: "server.logon-failures-many",
      detail: `${failures} failed logons (4625) in 24 hours: the host is under a password attack`,
    });
  else if (failures !== undefined && failures < fewLogonFailures)
    facts.push({ id: "server.logon-failures-few", detail: `${failures} failed logons (4625) in 24 hours` });
  return facts;
}
