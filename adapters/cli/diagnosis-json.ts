import type { DiagnosisReply } from "../../src/engine/index.js";

/**
 * The scripting interface of `rdp-fix diagnose --json`: { host, port, findings, causes }, causes best first.
 * Field names are part of the contract; add fields, do not rename them.
 */
export function diagnosisJson(diagnosis: DiagnosisReply) {
  return {
    host: diagnosis.host,
    port: diagnosis.port,
    ...(diagnosis.probeSummary === undefined ? {} : { probes: diagnosis.probeSummary }),
    findings: diagnosis.findings,
    causes: diagnosis.causes.map((cause) => ({
      id: cause.id,
      title: cause.title,
      confidence: Number(cause.confidence.toFixed(4)),
      explanation: cause.explanation,
      evidence: { for: cause.evidenceFor, against: cause.evidenceAgainst },
      confirm: cause.confirm,
      fixes: cause.fixes,
      ...(cause.demoted ? { demoted: true } : {}),
    })),
    stoppedBecause: diagnosis.reason,
  };
}
