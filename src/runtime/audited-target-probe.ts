import type { ProbeReport } from "../probes/probe-report.js";
import type { StateStore } from "../state/state-store.js";
import { probeRefusalText } from "./probe-refusal-text.js";
import type { TargetCheck } from "./probe-target-check.js";
import { probeTargetFacts, type TargetFacts } from "./probe-target-facts.js";
import type { RunProbes } from "./probe-with-progress.js";

export interface TargetProbeDeps {
  store: StateStore;
  checkTarget: TargetCheck;
  runProbes: RunProbes;
  clock: () => Date;
}

/** Who asked for a probe run outside a conversation (the exporter, a watch), as its audit records name it. */
export interface ProbeRequester {
  actor: string;
  platform: string;
  /** Added to every record's details (e.g. the scraper's address). */
  details?: Record<string, unknown>;
}

export interface ProbeTarget {
  host: string;
  port: number;
}

/** One audit record of a run outside a conversation: refused (and why) or finished. */
export function auditTargetProbe(
  deps: Pick<TargetProbeDeps, "store" | "clock">,
  target: ProbeTarget,
  who: ProbeRequester,
  outcome: "refused" | "finished",
  details: Record<string, unknown>,
): Promise<void> {
  return deps.store.appendAudit({
    at: deps.clock().toISOString(),
    action: "probe",
    actor: who.actor,
    platform: who.platform,
    target: target.host,
    outcome,
    details: { port: target.port, ...who.details, ...details },
  });
}

/**
 * The probe policy for a target: the refusal's words, audited, when it is refused (no packet is sent);
 * otherwise the addresses the name resolved to, which the rate limits count.
 */
export async function refuseByPolicy(
  deps: TargetProbeDeps,
  target: ProbeTarget,
  who: ProbeRequester,
): Promise<{ refusal: string } | { addresses: string[] }> {
  const verdict = await deps.checkTarget(target.host, target.port);
  if (verdict.kind === "allowed") return { addresses: verdict.addresses };
  const message = probeRefusalText(verdict.code, verdict.reason);
  await auditTargetProbe(deps, target, who, "refused", {
    reason: "policy",
    message,
    addresses: verdict.addresses,
  });
  return { refusal: message };
}

/** One probe run of an allowed target, its facts, and its audit record. */
export async function runAuditedProbe(
  deps: TargetProbeDeps,
  target: ProbeTarget,
  who: ProbeRequester,
): Promise<{ report: ProbeReport; facts: TargetFacts }> {
  const report = await deps.runProbes(target);
  const facts = probeTargetFacts(report);
  await auditTargetProbe(deps, target, who, "finished", {
    addresses: report.addresses,
    durationMs: report.durationMs,
    findings: facts.findings,
  });
  return { report, facts };
}
