import type { InboundEvent, Reply, Session } from "../engine/index.js";

/** A diagnosis in one of these states is still someone's work: a new start would throw it away. */
const liveStatuses: ReadonlySet<Session["status"]> = new Set([
  "awaiting-consent",
  "probing",
  "asking",
  "diagnosed",
]);

/**
 * A conversation's start is idempotent per thread. The engine starts afresh on every start event, so a second
 * Start in a thread that holds a live diagnosis (a re-clicked triage offer, a mention in the thread) would
 * replace it and turn every button above into a stale one; it gets this short note instead. A solved or
 * cancelled diagnosis may be followed by a new one.
 */
export function startRefusal(event: InboundEvent, current: Session | undefined): Reply | undefined {
  if (event.kind !== "start" || current === undefined || !liveStatuses.has(current.status)) return undefined;
  return {
    kind: "notice",
    text: `A diagnosis of ${current.host} is already in this thread; carry on with its messages above.`,
  };
}
