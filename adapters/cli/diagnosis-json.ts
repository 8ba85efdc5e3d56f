import type { DiagnosisReply } from "../../src/engine/index.js";
import type { ProbingStatus } from "./probing-status.js";

/** Bumped only for a change a script would notice; adding a field keeps the version. */
export const schemaVersion = 1 as const;

/**
 * The scripting interface of `rdp-fix diagnose --json`: { host, port, findings, causes }, causes best first.
 * Field names are part of the contract (schemas/diagnosis.schema.json); add fields, do not rename them.
 */
export function diagnosisJson(diagnosis: DiagnosisReply, probing: ProbingStatus) {
  return {
    schemaVersion,
    host: diagnosis.host,
    port: diagnosis.port,
    ...(diagnosis.probeSummary === undefined ? {} : { probes: diagnosis.probeSummary }),
    probing,
    findings: diagnosis.findings,
    causes: diagnosis.causes.map((cause) => ({
      id: cause.id,
      title: cause.title,
      confidence: Number(cause.confidence.toFixed(4)),
      explanation: cause.explanation,
      evidence: { for: cause.evidenceFor, against: cause.evidenceAgainst },
      confirm: cause.confirm,
      fixes: cause.fixes,
      triedFixIds: cause.triedFixIds,
      standing: cause.standing,
      ...(cause.demoted ? { demoted: true as const } : {}),
    })),
    stoppedBecause: diagnosis.reason,
    ...(diagnosis.recheck === undefined ? {} : { recheck: diagnosis.recheck }),
    evidence: diagnosis.evidence,
    ...(diagnosis.nextChecks === undefined ? {} : { nextChecks: diagnosis.nextChecks }),
  };
}
