import type { StateConfig } from "../../src/state/state-config.js";
import type { OpTimes, TimeOpsOptions } from "./time-ops.js";

/** What the bench sends a replica process over IPC (never argv: a PostgreSQL URL holds a password). */
export type ToReplica =
  | { kind: "setup"; config: StateConfig; ops: TimeOpsOptions; warmup: number }
  | { kind: "go" };

export type FromReplica =
  | { kind: "ready" }
  | { kind: "done"; times: OpTimes }
  | { kind: "failed"; error: string };
