import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { StateStore } from "../../src/state/state-store.js";
import { stepContext } from "./step-context.js";

export const benchConversation = (n: number) => `bench:${n}`;

/**
 * `count` live sessions made by the real engine and saved as the runtime saves them: a start (awaiting
 * consent), then consent declined, which leaves each one asking. `parallel` writers keep PostgreSQL's
 * round trips from dominating the set-up; SQLite is synchronous, so it gains nothing from more.
 */
export async function seedSessions(
  store: StateStore,
  flow: Flow,
  count: number,
  parallel = 1,
): Promise<void> {
  let next = 0;
  const writer = async () => {
    for (let n = next++; n < count; n = next++) {
      const conversation = benchConversation(n);
      const start = {
        kind: "start",
        host: `rdp-${n}.bench.invalid`,
        text: "0x904",
        user: "U-bench",
      } as const;
      const started = step(flow, undefined, { ...start, conversation, probing: true }, stepContext()).session;
      if (started?.status !== "awaiting-consent")
        throw new Error(`seed ${conversation}: not awaiting consent`);
      const asking = step(flow, started, { kind: "consent", allow: false, user: "U-bench" }, stepContext());
      if (asking.session?.status !== "asking") throw new Error(`seed ${conversation}: not asking`);
      const saved =
        (await store.saveSession(started, undefined)) &&
        (await store.saveSession(asking.session, started.version));
      if (!saved) throw new Error(`seed ${conversation}: compare-and-set refused on a fresh store`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, writer));
}
