import type { Flow } from "../flow/flow-schema.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import type { EvidenceItem } from "./reply.js";
import type { Session } from "./session.js";

/** "Did not help" is strong evidence against a cause, on the flow's own scale ("nearly rules out"). */
export const fixDidNotHelpBits = -3;

/**
 * Every piece of evidence the session holds, per cause id: the answers given, the findings observed (each
 * finding id counts once, however many addresses reported it) and fix feedback. The ranking sums the bits;
 * the reply lists the items so a user can see what moved each cause.
 */
export function collectEvidence(flow: Flow, session: Session): Map<string, EvidenceItem[]> {
  const byCause = new Map<string, EvidenceItem[]>(flow.causes.map((c) => [c.id, []]));
  const add = (causeId: string, item: EvidenceItem) =>
    byCause.get(causeId)?.push({ ...item, label: fillPlaceholders(item.label, session) });

  for (const given of session.answers) {
    const question = flow.questions.find((q) => q.id === given.questionId);
    const answer = question?.answers.find((a) => a.id === given.answerId);
    if (!question || !answer) continue;
    for (const [causeId, bits] of Object.entries(answer.evidence)) {
      if (bits === 0) continue;
      add(causeId, {
        source: "answer",
        ref: `${question.id}=${answer.id}`,
        label: `${question.text} ${answer.label}`,
        bits,
      });
    }
  }

  const seenFindings = new Set<string>();
  for (const observed of session.findings) {
    if (seenFindings.has(observed.id)) continue;
    seenFindings.add(observed.id);
    const definition = flow.findings.find((f) => f.id === observed.id);
    if (!definition) continue;
    for (const [causeId, bits] of Object.entries(definition.evidence)) {
      if (bits === 0) continue;
      add(causeId, {
        source: "finding",
        ref: observed.id,
        label: observed.detail ?? definition.explanation,
        bits,
      });
    }
  }

  for (const feedback of session.feedback) {
    if (feedback.outcome !== "did-not-help") continue;
    const fix = flow.causes
      .find((c) => c.id === feedback.causeId)
      ?.fixes.find((f) => f.id === feedback.fixId);
    add(feedback.causeId, {
      source: "feedback",
      ref: `${feedback.causeId}/${feedback.fixId}`,
      label: `The fix "${fix?.title ?? feedback.fixId}" did not help`,
      bits: fixDidNotHelpBits,
    });
  }

  return byCause;
}
