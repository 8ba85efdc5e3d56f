import type { Flow } from "../flow/flow-schema.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import type { EvidenceItem } from "./reply.js";
import type { Session } from "./session.js";
import { triedFixes } from "./tried-fixes.js";

/**
 * Every fix of a cause tried and none helped is strong evidence against it, on the flow's own scale ("nearly
 * rules out"). One failed fix alone is not: the cause keeps its place and its next fix comes up.
 */
export const fixesExhaustedBits = -3;

/** The person said it is not this cause: far below anything evidence can lift it back from. */
export const ruledOutBits = -20;

/**
 * Every piece of evidence the session holds, per cause id: the answers given, the findings observed (each
 * finding id counts once, however many addresses reported it) and the person's feedback. The ranking sums the bits;
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

  for (const cause of flow.causes) {
    if (!triedFixes(cause, session).exhausted) continue;
    add(cause.id, {
      source: "feedback",
      ref: `${cause.id}/fixes-tried`,
      label:
        cause.fixes.length === 1
          ? "Its only fix did not help"
          : `None of its ${cause.fixes.length} fixes helped`,
      bits: fixesExhaustedBits,
    });
  }

  for (const verdict of session.ruledOut ?? []) {
    add(verdict.causeId, {
      source: "feedback",
      ref: `${verdict.causeId}/ruled-out`,
      label: `${verdict.by} said this is not the cause`,
      bits: ruledOutBits,
    });
  }

  return byCause;
}
