import type { Flow } from "../flow/flow-schema.js";
import type { RankedCause } from "./reply.js";

/**
 * Whether the leader is ahead of the runner-up more by the flow's priors than by anything observed. The priors
 * are a support engineer's judgement of how common each cause is (rdp-errors.md section 2 ranks them as "my
 * judgement, not ranked by any source"), so a lead they made is a guess a question could settle: a certificate
 * warning about another name fits a renamed server and a name that now leads to another host alike, and only
 * the prior puts the rename first. The engine then asks on instead of calling the leader confident.
 */
export function leadRestsOnPrior(flow: Flow, top: RankedCause, second: RankedCause | undefined): boolean {
  if (second === undefined) return false;
  const priorLead = log2Prior(flow, top.id) - log2Prior(flow, second.id);
  return bitsFor(top) - bitsFor(second) < priorLead;
}

function log2Prior(flow: Flow, causeId: string): number {
  return Math.log2(flow.causes.find((c) => c.id === causeId)?.prior ?? 1);
}

function bitsFor(cause: RankedCause): number {
  return [...cause.evidenceFor, ...cause.evidenceAgainst].reduce((sum, item) => sum + item.bits, 0);
}
