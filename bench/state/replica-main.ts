import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import type { FromReplica, ToReplica } from "./replica-message.js";
import { timeOps } from "./time-ops.js";

// One replica of the two-replica run: its own process and its own store connection, so SQLite's file lock
// and PostgreSQL's row locks are contended for real. It warms up, says ready, and times its ops on "go".
const send = (message: FromReplica) =>
  new Promise<void>((resolve) => process.send?.(message, () => resolve()));

// The bench died (or was interrupted) before this replica finished: nothing is waiting for its numbers.
let finished = false;
process.once("disconnect", () => {
  if (!finished) process.exit(1);
});

const setup = await new Promise<Extract<ToReplica, { kind: "setup" }>>((resolve) => {
  process.once("message", (message: ToReplica) => {
    if (message.kind === "setup") resolve(message);
  });
});
try {
  const flow = await loadDefaultFlow(defaultFlowDir());
  const store = await openStateStore(setup.config);
  try {
    await timeOps(store, flow, { ...setup.ops, count: setup.warmup, seed: setup.ops.seed + 1 });
    const go = new Promise<void>((resolve) => process.once("message", () => resolve()));
    await send({ kind: "ready" });
    await go;
    await send({ kind: "done", times: await timeOps(store, flow, setup.ops) });
  } finally {
    await store.close();
  }
} catch (error) {
  await send({
    kind: "failed",
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
finished = true;
process.disconnect();
