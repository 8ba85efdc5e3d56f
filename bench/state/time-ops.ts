import { performance } from "node:perf_hooks";
import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { StateStore } from "../../src/state/state-store.js";
import { seededRandom } from "../../test/support/seeded-random.js";
import { benchEvent } from "./bench-event.js";
import { benchConversation } from "./seed-sessions.js";
import { stepContext } from "./step-context.js";

export interface OpTimes {
  /** Milliseconds per op: load + engine step + compare-and-set save. */
  ms: number[];
  /** Saves refused because the version moved (none expected: each replica has its own conversations). */
  conflicts: number;
}

export interface TimeOpsOptions {
  /** Conversations bench:<from> .. bench:<to - 1>, each op on a random one. */
  from: number;
  to: number;
  count: number;
  seed: number;
}

/** One op at a time, as one runtime handling one event does; each timed on its own. */
export async function timeOps(store: StateStore, flow: Flow, options: TimeOpsOptions): Promise<OpTimes> {
  const random = seededRandom(options.seed);
  const ms: number[] = [];
  let conflicts = 0;
  for (let i = 0; i < options.count; i++) {
    const conversation = benchConversation(
      options.from + Math.floor(random.next() * (options.to - options.from)),
    );
    const coin = random.next();
    const started = performance.now();
    const session = await store.loadSession(conversation);
    if (session === undefined) throw new Error(`${conversation} has no session: the seeding went wrong`);
    const next = step(flow, session, benchEvent(flow, session, coin), stepContext()).session;
    if (next === undefined || next === session)
      throw new Error(`${conversation}: the bench event changed nothing`);
    if (!(await store.saveSession(next, session.version))) conflicts++;
    ms.push(performance.now() - started);
  }
  return { ms, conflicts };
}
