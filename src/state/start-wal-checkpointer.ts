import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * The thread's whole program, plain CommonJS so it runs the same under tsx, vitest and the built dist.
 * PASSIVE copies what it can without waiting for, or blocking, the writer on the main thread.
 */
const program = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("synchronous = NORMAL");
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.everyMs);
parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the thread after its current checkpoint; the caller's own close does the last one. */
  stop(): Promise<void>;
}

/**
 * Checkpoints the SQLite file at `path` every `everyMs` on a thread of its own. A checkpoint copies the WAL
 * into the database and fsyncs both; run from a commit (SQLite's automatic checkpoint every 1,000 pages) it
 * stalled the event loop, and with it every ack, for tens of milliseconds on a busy disk (issue 18).
 * `onLost` hears when the thread ends without being asked to (it could not open the file, or a checkpoint
 * threw), so the store can go back to checkpointing itself.
 */
export function startWalCheckpointer(path: string, everyMs: number, onLost: () => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(program, { eval: true, workerData: { path, everyMs, driver } });
  // It must not keep a process alive that has nothing else to do.
  worker.unref();
  let stopping = false;
  let exited = false;
  // An error in the thread ends it, and its exit is what the store hears; unheard, it would end this process.
  worker.on("error", () => {});
  worker.on("exit", () => {
    exited = true;
    if (!stopping) onLost();
  });
  return {
    async stop() {
      if (stopping || exited) return;
      stopping = true;
      const ended = once(worker, "exit");
      worker.postMessage("stop");
      await ended;
    },
  };
}
