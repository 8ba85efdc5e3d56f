import { clientProfiles } from "./client-profile.js";
import { describeNegotiation } from "./describe-negotiation.js";
import type { ProbeStep } from "./probe-report.js";
import type { NegotiationRecord } from "./rdp-endpoint-observation.js";
import { rdpProtocolName } from "./rdp-protocol.js";

/** The TCP step (all connections) and one X.224 step per client profile. */
export function negotiationSteps(
  address: string,
  port: number,
  records: readonly NegotiationRecord[],
): ProbeStep[] {
  return [tcpStep(address, port, records), ...records.map((record) => x224Step(address, record))];
}

function tcpStep(address: string, port: number, records: readonly NegotiationRecord[]): ProbeStep {
  const connections = records.map((r) =>
    r.outcome.kind === "tcp-failed"
      ? { client: r.client, ...r.outcome.tcp }
      : { client: r.client, kind: "open", durationMs: r.outcome.tcpMs },
  );
  // A reset needs a completed handshake: the port is reachable, and the X.224 step reports what went wrong.
  const opened = connections.filter((c) => c.kind === "open" || c.kind === "reset");
  const resets = connections.filter((c) => c.kind === "reset").length;
  const aborted = connections.every((c) => c.kind === "aborted");
  const fastest = Math.min(...opened.map((c) => c.durationMs));
  const first = connections[0];
  const summary =
    opened.length === connections.length
      ? `TCP ${port} open in ${fastest} ms${resets > 0 ? `, reset by the server on ${resets} of ${connections.length} connections` : ""}`
      : opened.length > 0
        ? `TCP ${port} open on ${opened.length} of ${connections.length} connections`
        : `TCP ${port} ${first?.kind ?? "not tried"}${first !== undefined && "code" in first ? ` (${first.code})` : ""}`;
  return {
    step: "tcp",
    address,
    status: aborted ? "inconclusive" : opened.length > 0 ? "ok" : "failed",
    summary,
    durationMs: Math.max(0, ...connections.map((c) => c.durationMs)),
    data: { port, connections },
  };
}

function x224Step(address: string, record: NegotiationRecord): ProbeStep {
  const label = clientProfiles.find((p) => p.client === record.client)?.label ?? record.client;
  const outcome = record.outcome;
  const answered = outcome.kind === "answered";
  const usable =
    answered &&
    (outcome.confirm.kind === "response" ||
      outcome.confirm.kind === "failure" ||
      outcome.confirm.kind === "legacy");
  const status: ProbeStep["status"] =
    outcome.kind === "tcp-failed"
      ? outcome.tcp.kind === "reset"
        ? "failed"
        : "not-checked"
      : outcome.kind === "aborted"
        ? "inconclusive"
        : usable
          ? "ok"
          : "failed";
  return {
    step: "x224",
    address,
    status,
    summary: `${label}: ${describeNegotiation(outcome)}`,
    durationMs: outcome.kind === "tcp-failed" ? 0 : outcome.durationMs,
    data: {
      client: record.client,
      requestedProtocols: rdpProtocolName(record.requestedProtocols),
      ...outcome,
    },
  };
}
