import type { Flow } from "../flow/flow-schema.js";
import { type CauseStanding, standingOrder } from "./cause-standing.js";
import { collectEvidence } from "./collect-evidence.js";
import { fillFixPlaceholders, fillPlaceholders } from "./fill-placeholders.js";
import { orderFixes } from "./order-fixes.js";
import { posterior } from "./posterior.js";
import type { RankedCause } from "./reply.js";
import type { Session } from "./session.js";
import { triedFixes } from "./tried-fixes.js";

/**
 * Ranks every cause of the flow: posterior proportional to prior x 2^(sum of evidence bits). Open causes come
 * first by confidence; causes whose fixes were all tried, then causes the person ruled out, follow, so the list
 * reads top-down as "what to try next" and a set-aside cause is never mistaken for a favourite or a leftover.
 */
export function rankCauses(flow: Flow, session: Session): RankedCause[] {
  const evidence = collectEvidence(flow, session);
  const log2Weights = flow.causes.map((cause) => {
    const bits = (evidence.get(cause.id) ?? []).reduce((sum, item) => sum + item.bits, 0);
    return Math.log2(cause.prior) + bits;
  });
  const probabilities = posterior(log2Weights);
  const ruledOut = new Set((session.ruledOut ?? []).map((r) => r.causeId));

  const unranked = flow.causes.map((cause, index) => {
    const items = evidence.get(cause.id) ?? [];
    const byStrength = (a: { bits: number }, b: { bits: number }) => Math.abs(b.bits) - Math.abs(a.bits);
    const tried = triedFixes(cause, session);
    const standing: CauseStanding = ruledOut.has(cause.id)
      ? "ruled-out"
      : tried.exhausted
        ? "fixes-tried"
        : "open";
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
        fixes: orderFixes(cause.fixes).map((fix) => fillFixPlaceholders(fix, session)),
        triedFixIds: tried.ids,
        standing,
        confirm: cause.confirm.map((line) => fillPlaceholders(line, session)),
        demoted: standing !== "open",
      } satisfies RankedCause,
    };
  });

  return unranked
    .sort(
      (a, b) =>
        standingOrder[a.cause.standing] - standingOrder[b.cause.standing] ||
        b.cause.confidence - a.cause.confidence ||
        a.index - b.index,
    )
    .map(({ cause }, i) => ({ ...cause, rank: i + 1 }));
}
