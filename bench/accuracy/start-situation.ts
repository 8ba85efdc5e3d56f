import type { InboundEvent, Reply, Session, StepContext } from "../../src/engine/index.js";
import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { Situation } from "./situation.js";

export const benchUser = "bench-oracle";
const benchTime = "2026-01-05T09:00:00.000Z";

export function benchContext(): StepContext {
  let next = 0;
  return { now: benchTime, newId: () => `bench-${++next}` };
}

export interface Stepped {
  session: Session | undefined;
  replies: Reply[];
}

/**
 * Starts a session for the situation. With findings, it goes the way a real probe run does: probing on,
 * consent given, then `probes-finished` with the findings; without, probing is off.
 */
export function startSituation(
  flow: Flow,
  situation: Situation,
  answers: Array<{ questionId: string; answerId: string }>,
  ctx: StepContext,
): Stepped {
  const findings = situation.findings ?? [];
  const probing = findings.length > 0;
  const start: InboundEvent = {
    kind: "start",
    host: situation.host ?? "rds01.corp.example",
    // The situations state their facts as answers; only the free-text reports are read (see run-from-text).
    text: "",
    user: benchUser,
    conversation: `bench:${situation.name}`,
    probing,
    answers,
  };
  const first = step(flow, undefined, start, ctx);
  if (!probing) return first;
  const consented = step(flow, first.session, { kind: "consent", allow: true, user: benchUser }, ctx);
  const finished = step(
    flow,
    consented.session,
    {
      kind: "probes-finished",
      findings: findings.map((id) => ({ id, at: ctx.now })),
      summary: `bench: ${findings.length} findings`,
    },
    ctx,
  );
  return {
    session: finished.session,
    replies: [...first.replies, ...consented.replies, ...finished.replies],
  };
}

export function noticesOf(replies: Reply[]): string[] {
  return replies.flatMap((r) => (r.kind === "notice" ? [r.text] : []));
}
