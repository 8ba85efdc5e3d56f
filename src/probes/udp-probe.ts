import type { ObservedFinding } from "../engine/observed-finding.js";
import type { FindingId } from "./finding-ids.js";
import type { ProbeStep } from "./probe-report.js";
import { exchangeUdpSyn, type UdpSynExchangeOptions, type UdpSynOutcome } from "./udp-syn-exchange.js";

export interface UdpProbeOptions extends UdpSynExchangeOptions {
  now?: () => Date;
}

export interface UdpProbeResult {
  outcome: UdpSynOutcome;
  step: ProbeStep;
  findings: ObservedFinding[];
}

/** The UDP 3389 step: one RDPEUDP SYN exchange, told as a step and as the findings the flow reads. */
export async function probeUdp(options: UdpProbeOptions): Promise<UdpProbeResult> {
  const started = performance.now();
  const outcome = await exchangeUdpSyn(options);
  const durationMs = Math.round(performance.now() - started);
  const { address, port } = options;
  const at = (options.now ?? (() => new Date()))().toISOString();
  const base = { step: "udp" as const, address, durationMs, data: { ...outcome } };
  const found = (id: FindingId, detail: string): ObservedFinding[] => [{ id, detail, address, at }];
  const tries = `${outcome.attempts} SYN${outcome.attempts === 1 ? "" : "s"}`;

  switch (outcome.kind) {
    case "syn-ack": {
      const { version, upstreamMtu, downstreamMtu } = outcome.synAck;
      const summary = `UDP ${port} answered with an RDPEUDP SYN+ACK (version ${version}, MTU ${upstreamMtu}/${downstreamMtu}) in ${outcome.elapsedMs} ms`;
      return { outcome, step: { ...base, status: "ok", summary }, findings: found("udp.syn-ack", summary) };
    }
    case "closed": {
      const summary = `UDP ${port} is closed: ICMP port unreachable after ${tries}`;
      return {
        outcome,
        step: { ...base, status: "failed", summary },
        findings: found("udp.closed", summary),
      };
    }
    case "unreachable": {
      // Failed on our side before any answer (EACCES for a broadcast address, ENETUNREACH with no route):
      // a finding that says so, weighing on no cause, since the server was never asked.
      const summary = `UDP ${port} could not be reached (${outcome.code})`;
      return {
        outcome,
        step: { ...base, status: "failed", summary },
        findings: found("udp.unreachable", summary),
      };
    }
    case "silent": {
      const summary = `no answer on UDP ${port} to ${tries} (inconclusive: a firewall may drop them, or the server may ignore unsolicited SYNs)`;
      return {
        outcome,
        step: { ...base, status: "inconclusive", summary },
        findings: found("udp.silent", summary),
      };
    }
    case "malformed": {
      const summary = `UDP ${port} answered, but not as RDPEUDP: ${outcome.reason}`;
      return { outcome, step: { ...base, status: "failed", summary }, findings: [] };
    }
    case "aborted":
      return {
        outcome,
        step: { ...base, status: "not-checked", summary: `UDP ${port} check cancelled` },
        findings: [],
      };
  }
}
