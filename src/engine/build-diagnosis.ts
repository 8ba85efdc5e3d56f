import type { Flow } from "../flow/flow-schema.js";
import { evidenceStrength } from "./evidence-strength.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import { nextChecks } from "./next-checks.js";
import { rankCauses } from "./rank-causes.js";
import type { DiagnosisReply } from "./reply.js";
import { serverCheckCauses } from "./server-check-offer.js";
import type { Session } from "./session.js";

export function buildDiagnosis(
  flow: Flow,
  session: Session,
  reason: DiagnosisReply["reason"],
): DiagnosisReply {
  const causes = rankCauses(flow, session);
  const evidence = evidenceStrength(flow, causes[0]);
  const serverCheck = serverCheckCauses(flow, session, causes);
  return {
    kind: "diagnosis",
    host: session.host,
    port: session.port,
    causes,
    shown: Math.min(session.shownCauses, causes.length),
    findings: describeFindings(flow, session),
    ...(session.probeSummary === undefined ? {} : { probeSummary: session.probeSummary }),
    ...(session.probesNotRun === undefined || session.probeSummary !== undefined
      ? {}
      : { probesNotRun: session.probesNotRun }),
    reason,
    evidence,
    ...(evidence.strength === "weak" ? { nextChecks: nextChecks(flow, session, causes[0]) } : {}),
    ...(serverCheck.length > 0 ? { serverCheck } : {}),
  };
}

/** The session's findings, one per id and address, each with the flow's plain explanation. */
export function describeFindings(flow: Flow, session: Session) {
  const seen = new Set<string>();
  const out: Array<{ id: string; detail?: string; address?: string; at: string; explanation: string }> = [];
  for (const f of session.findings) {
    const key = `${f.id}@${f.address ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const explanation = fillPlaceholders(
      flow.findings.find((d) => d.id === f.id)?.explanation ??
        "Not described by this flow; it does not affect the ranking.",
      session,
    );
    out.push({ ...f, explanation });
  }
  return out;
}
