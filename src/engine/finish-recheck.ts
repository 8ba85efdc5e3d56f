import type { Flow } from "../flow/flow-schema.js";
import { buildDiagnosis } from "./build-diagnosis.js";
import { compareRecheck } from "./compare-recheck.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import { fromServerReport } from "./from-server-report.js";
import type { ObservedFinding } from "./observed-finding.js";
import type { PendingRecheck, RecheckResult } from "./recheck.js";
import type { Session } from "./session.js";
import type { StepContext, StepResult } from "./step-result.js";

/**
 * The probes came back after "I applied this fix": the new findings replace the old ones, and the
 * comparison decides. Gone means solved, with the before/after as proof; unchanged means the fix did not
 * help (the next one comes up); changed or not visible to the probes shows the comparison and leaves the
 * verdict to the person.
 */
export function finishRecheck(
  flow: Flow,
  session: Session,
  pending: PendingRecheck,
  after: { findings: ObservedFinding[]; summary: string; facts?: ObservedFinding[] },
  ctx: StepContext,
): StepResult {
  const { recheck: _done, ...rest } = session;
  const cause = flow.causes.find((c) => c.id === pending.causeId);
  const fix = cause?.fixes.find((f) => f.id === pending.fixId);
  const before = pending.before.filter((f) => !fromServerReport(f));
  const facts = { before: pending.beforeFacts ?? [], after: after.facts ?? [] };
  const { verdict, rows } = compareRecheck(flow, pending.causeId, before, after.findings, facts);
  const result: RecheckResult = {
    causeId: pending.causeId,
    causeTitle: fillPlaceholders(cause?.title ?? pending.causeId, session),
    fixId: pending.fixId,
    fixTitle: fillPlaceholders(fix?.title ?? pending.fixId, session),
    verdict,
    rows,
  };
  const base: Session = {
    ...rest,
    // The probes' findings are replaced; a pasted server report's stay until another report replaces them.
    findings: [...session.findings.filter(fromServerReport), ...after.findings],
    probeSummary: after.summary,
    ...(after.facts === undefined ? {} : { probeFacts: after.facts }),
    version: session.version + 1,
    updatedAt: ctx.now,
  };
  const outcome = { sessionId: session.id, causeId: pending.causeId, fixId: pending.fixId };
  const alreadyTold = session.feedback.some(
    (f) => f.causeId === pending.causeId && f.fixId === pending.fixId,
  );
  const feedback = (worked: boolean) =>
    alreadyTold
      ? session.feedback
      : [
          ...session.feedback,
          {
            causeId: pending.causeId,
            fixId: pending.fixId,
            outcome: worked ? ("worked" as const) : ("did-not-help" as const),
            by: pending.by,
            at: ctx.now,
          },
        ];

  if (verdict === "fixed") {
    return {
      session: { ...base, status: "solved", feedback: feedback(true) },
      replies: [
        {
          kind: "solved",
          causeId: result.causeId,
          causeTitle: result.causeTitle,
          fixId: result.fixId,
          fixTitle: result.fixTitle,
          by: pending.by,
          proof: result,
        },
      ],
      effects: [{ kind: "record-outcome", ...outcome, solved: true }],
    };
  }
  const unchanged = verdict === "unchanged";
  const next: Session = { ...base, status: "diagnosed", ...(unchanged ? { feedback: feedback(false) } : {}) };
  return {
    session: next,
    replies: [{ ...buildDiagnosis(flow, next, "recheck"), recheck: result }],
    effects: unchanged && !alreadyTold ? [{ kind: "record-outcome", ...outcome, solved: false }] : [],
  };
}
