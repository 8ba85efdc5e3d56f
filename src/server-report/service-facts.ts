import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

/** Whether Remote Desktop Services runs and is the one listening on the listener's port. */
export function serviceFacts(report: ServerReport): ServerFact[] {
  const facts: ServerFact[] = [];
  const term = report.services.termService;
  const port = report.listening?.port ?? report.listener.portNumber ?? 3389;
  if (term !== null && term.status !== "Running")
    facts.push({
      id: "server.termservice-stopped",
      detail: `Remote Desktop Services (TermService) is ${term.status} (start type ${term.startType})`,
    });
  const listening = report.listening;
  if (listening !== null) {
    if (listening.sockets === 0)
      facts.push({ id: "server.port-not-listening", detail: `Nothing listens on TCP port ${port}` });
    else if (listening.ownedByTermService === false)
      facts.push({
        id: "server.port-other-process",
        detail: `TCP port ${port} is held by a process other than Remote Desktop Services`,
      });
    else if (
      term?.status === "Running" &&
      listening.ownedByTermService === true &&
      report.listener.denyConnections !== true
    )
      facts.push({
        id: "server.rdp-listening",
        detail: `Remote Desktop Services runs and listens on TCP port ${port}`,
      });
  }
  return facts;
}
