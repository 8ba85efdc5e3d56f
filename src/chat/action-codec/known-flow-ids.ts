import type { Flow } from "../../flow/flow-schema.js";

/** Every id a custom_id can name in this flow, for turning hashed ids back into ids (see flow-id-segment.ts). */
export function knownFlowIds(flow: Flow): ReadonlySet<string> {
  return new Set([
    ...flow.questions.flatMap((q) => [q.id, ...q.answers.map((a) => a.id)]),
    ...flow.causes.flatMap((c) => [c.id, ...c.fixes.map((f) => f.id)]),
  ]);
}
