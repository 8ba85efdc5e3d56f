import type { Flow } from "../flow/flow-schema.js";
import type { EvidenceStrength, EvidenceSummary } from "./evidence-summary.js";
import type { RankedCause } from "./reply.js";

export type { EvidenceStrength, EvidenceSummary } from "./evidence-summary.js";

/**
 * How strongly the evidence points at the top cause. The rule counts the positive bits for the leader, not
 * its confidence: confidence is a share, so priors alone give a leader 15-30 %, and ruling other causes out
 * raises it without anything pointing at the leader. Below `stopping.minEvidenceBits` (default 3, one
 * "strongly suggests" or a few smaller hints) nothing observed supports the top cause: weak, and the reply
 * must say so. Strong needs twice that and the flow's stopping confidence; anything between is moderate.
 */
export function evidenceStrength(flow: Flow, top: RankedCause | undefined): EvidenceSummary {
  const topBits = (top?.evidenceFor ?? []).reduce((sum, item) => sum + item.bits, 0);
  const { minEvidenceBits, confidence } = flow.stopping;
  const strength: EvidenceStrength =
    top === undefined || topBits < minEvidenceBits
      ? "weak"
      : topBits >= 2 * minEvidenceBits && top.confidence >= confidence
        ? "strong"
        : "moderate";
  return { strength, topBits };
}
