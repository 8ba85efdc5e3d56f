import { type ChildProcess, fork } from "node:child_process";
import type { StateConfig } from "../../src/state/state-config.js";
import type { FromReplica, ToReplica } from "./replica-message.js";
import type { OpTimes, TimeOpsOptions } from "./time-ops.js";

const deadlineMs = 60_000;

function next(child: ChildProcess): Promise<FromReplica> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`replica ${child.pid} silent for ${deadlineMs} ms`)),
      deadlineMs,
    );
    const onExit = (code: number | null) => reject(new Error(`replica ${child.pid} exited (${code}) early`));
    child.once("exit", onExit);
    child.once("message", (message: FromReplica) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(message);
    });
  });
}

async function expect<K extends FromReplica["kind"]>(child: ChildProcess, kind: K) {
  const message = await next(child);
  if (message.kind === "failed") throw new Error(`replica ${child.pid} failed:\n${message.error}`);
  if (message.kind !== kind) throw new Error(`replica ${child.pid} said ${message.kind}, expected ${kind}`);
  return message as Extract<FromReplica, { kind: K }>;
}

/**
 * Two replica processes on the same store, each on its own half of the conversations, released together
 * once both are warm: what a second `serve` on the same SQLite file or PostgreSQL database costs each op.
 */
export async function timeTwoReplicas(
  config: StateConfig,
  halves: readonly [TimeOpsOptions, TimeOpsOptions],
  warmup: number,
): Promise<[OpTimes, OpTimes]> {
  const script = new URL("./replica-main.ts", import.meta.url).pathname;
  const children = halves.map(() => fork(script, [], { execArgv: ["--import", "tsx"], stdio: "inherit" }));
  try {
    const send = (child: ChildProcess, message: ToReplica) => child.send(message);
    children.forEach((child, i) => {
      const ops = halves[i];
      if (ops !== undefined) send(child, { kind: "setup", config, ops, warmup });
    });
    await Promise.all(children.map((child) => expect(child, "ready")));
    const done = children.map((child) => expect(child, "done"));
    for (const child of children) send(child, { kind: "go" });
    const [a, b] = await Promise.all(done);
    if (a === undefined || b === undefined) throw new Error("a replica gave no result");
    return [a.times, b.times];
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
