import type { Flow } from "../flow/flow-schema.js";
import { advance } from "./advance.js";
import { buildDiagnosis } from "./build-diagnosis.js";
import { fromServerReport } from "./from-server-report.js";
import type { InboundEvent } from "./inbound-event.js";
import { isAddressLiteral } from "./open-questions.js";
import { rankCauses } from "./rank-causes.js";
import { rankingMoves } from "./ranking-moves.js";
import type { Session } from "./session.js";
import type { StepContext, StepResult } from "./step-result.js";

type ServerReportEvent = Extract<InboundEvent, { kind: "server-report" }>;

/**
 * A server report joins the session's evidence: its findings replace an earlier report's (the server may have
 * changed since), the causes are ranked again and the reply says which ones moved. While the probes run it is
 * only kept; it counts in the ranking they end with.
 */
export function addServerReport(
  flow: Flow,
  session: Session,
  event: ServerReportEvent,
  ctx: StepContext,
): StepResult {
  const replaced = session.serverReport !== undefined;
  const next: Session = {
    ...session,
    findings: [
      ...session.findings.filter((f) => !fromServerReport(f)),
      ...onTheDiagnosedPort(event, session.port, ctx.now),
    ],
    serverReport: { summary: event.summary, computer: event.computer, by: event.user, at: ctx.now },
    version: session.version + 1,
    updatedAt: ctx.now,
  };
  const heading = [
    `Server report ${replaced ? "replaces the earlier one" : "added"}: ${event.summary}, ${event.findings.length} facts.`,
    otherComputerWarning(session.host, event.computer),
  ]
    .filter((line) => line !== undefined)
    .join(" ");

  if (session.status === "awaiting-consent" || session.status === "probing")
    return {
      session: next,
      replies: [{ kind: "text", text: `${heading} It counts in the ranking once the probes are done.` }],
      effects: [],
    };
  const before = rankCauses(flow, session);
  if (session.status === "asking") {
    const { status, reply } = advance(flow, next);
    const moved = rankingMoves(before, rankCauses(flow, next));
    return {
      session: { ...next, status },
      replies: [{ kind: "text", text: `${heading} ${moved}` }, reply],
      effects: [],
    };
  }
  const diagnosis = buildDiagnosis(flow, next, "server-report");
  return {
    session: next,
    replies: [{ kind: "text", text: `${heading} ${rankingMoves(before, diagnosis.causes)}` }, diagnosis],
    effects: [],
  };
}

/** What the report says about the listener's port only holds for the port the client uses if the two agree. */
const aboutTheListenersPort = new Set([
  "server.rdp-listening",
  "server.firewall-rdp-allowed",
  "server.firewall-rdp-scoped",
]);

/**
 * The report's findings for the port being diagnosed: when the listener is set to another port, nothing
 * answers on this one, whatever the report says about the listener's own port.
 */
function onTheDiagnosedPort(
  event: ServerReportEvent,
  port: number,
  now: string,
): ServerReportEvent["findings"] {
  if (event.listenerPort === undefined || event.listenerPort === port) return event.findings;
  const at = event.findings[0]?.at ?? now;
  return [
    ...event.findings.filter((f) => !aboutTheListenersPort.has(f.id)),
    {
      id: "server.port-differs",
      detail: `Remote Desktop on ${event.computer} listens on port ${event.listenerPort}, not on port ${port}`,
      at,
    },
  ];
}

/** The report may come from another machine than the one diagnosed; say so rather than mix up two hosts. */
function otherComputerWarning(host: string, computer: string): string | undefined {
  if (isAddressLiteral(host)) return undefined;
  const hostName = host.split(".")[0]?.toLowerCase();
  return hostName === computer.toLowerCase()
    ? undefined
    : `Note: the report is from ${computer}, and this diagnosis is of ${host}; make sure it is the same machine.`;
}
