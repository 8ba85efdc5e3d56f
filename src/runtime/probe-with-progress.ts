import type { Logger } from "pino";
import type { ObservedFinding } from "../engine/index.js";
import type { ProbeReport, ProbeRequest, ProbeStep } from "../probes/probe-report.js";
import type { Outbound } from "./outbound.js";
import { recheckFacts } from "./recheck-facts.js";
import { summarizeProbeReport } from "./summarize-probe-report.js";

export type RunProbes = (request: ProbeRequest) => Promise<ProbeReport>;

export interface ProbeRunResult {
  findings: ObservedFinding[];
  /** What a re-check compares (certificate, TLS versions, negotiation); see recheckFacts. */
  facts: ObservedFinding[];
  summary: string;
  /** Every address the name resolved to (for the audit trail). */
  addresses: string[];
}

/**
 * One probe run as a conversation sees it: progress sent as it comes (best effort), the findings and a
 * summary at the end. A probe bug never strands the conversation: it goes on with answers only.
 */
export async function probeWithProgress(
  runProbes: RunProbes | undefined,
  request: { host: string; port: number },
  send: (message: Outbound) => Promise<void>,
  logger?: Logger,
): Promise<ProbeRunResult> {
  const { host, port } = request;
  if (!runProbes) {
    return {
      findings: [],
      facts: [],
      summary: "Probes are not available here; the ranking uses answers only.",
      addresses: [],
    };
  }
  const onStep = (step: ProbeStep) => {
    send({ kind: "probe-progress", host, step }).catch((error: unknown) => {
      logger?.warn({ err: error, host }, "probe progress not delivered");
    });
  };
  try {
    const report = await runProbes({ host, port, onStep });
    const summary = summarizeProbeReport(report);
    return { findings: report.findings, facts: recheckFacts(report), summary, addresses: report.addresses };
  } catch (error) {
    logger?.error({ err: error, host, port }, "probe run failed");
    await send({ kind: "notice", text: "The probes failed unexpectedly; I will go on with questions only." });
    return { findings: [], facts: [], summary: "The probe run failed; see the bot's log.", addresses: [] };
  }
}
