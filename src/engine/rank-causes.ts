import type { Flow } from "../flow/flow-schema.js";
import { collectEvidence } from "./collect-evidence.js";
import { fillFixPlaceholders, fillPlaceholders } from "./fill-placeholders.js";
import { orderFixes } from "./order-fixes.js";
import { posterior } from "./posterior.js";
import type { RankedCause } from "./reply.js";
import type { Session } from "./session.js";

/**
 * Ranks every cause of the flow: posterior proportional to prior x 2^(sum of evidence bits). Causes whose fix
 * was tried and did not help go after the untried ones, so the next thing to try is always on top.
 */
export function rankCauses(flow: Flow, session: Session): RankedCause[] {
  const evidence = collectEvidence(flow, session);
  const log2Weights = flow.causes.map((cause) => {
    const bits = (evidence.get(cause.id) ?? []).reduce((sum, item) => sum + item.bits, 0);
    return Math.log2(cause.prior) + bits;
  });
  const probabilities = posterior(log2Weights);
  const failedFixes = new Set(
    session.feedback.filter((f) => f.outcome === "did-not-help").map((f) => `${f.causeId}/${f.fixId}`),
  );

  const unranked = flow.causes.map((cause, index) => {
    const items = evidence.get(cause.id) ?? [];
    const byStrength = (a: { bits: number }, b: { bits: number }) => Math.abs(b.bits) - Math.abs(a.bits);
    return {
      index,
      cause: {
        id: cause.id,
        title: fillPlaceholders(cause.title, session),
        explanation: fillPlaceholders(cause.explanation, session),
        confidence: probabilities[index] ?? 0,
        rank: 0,
        evidenceFor: items.filter((i) => i.bits > 0).sort(byStrength),
        evidenceAgainst: items.filter((i) => i.bits < 0).sort(byStrength),
        fixes: orderFixes(cause.fixes.filter((fix) => !failedFixes.has(`${cause.id}/${fix.id}`))).map((fix) =>
          fillFixPlaceholders(fix, session),
        ),
        confirm: cause.confirm.map((line) => fillPlaceholders(line, session)),
        demoted: items.some((i) => i.source === "feedback"),
      } satisfies RankedCause,
    };
  });

  return unranked
    .sort(
      (a, b) =>
        Number(a.cause.demoted) - Number(b.cause.demoted) ||
        b.cause.confidence - a.cause.confidence ||
        a.index - b.index,
    )
    .map(({ cause }, i) => ({ ...cause, rank: i + 1 }));
}
