import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import type { StateConfig } from "../../src/state/state-config.js";
import type { StateStore } from "../../src/state/state-store.js";
import { freshDatabase } from "../../test/support/postgres/fresh-database.js";
import { type RunningPostgres, startPostgres } from "../../test/support/postgres/start-postgres.js";
import { latencySummary } from "./latency-summary.js";
import { renderStateReport, type StoreResult } from "./render-state-report.js";
import { seedSessions } from "./seed-sessions.js";
import { timeOps } from "./time-ops.js";
import { timeTwoReplicas } from "./time-two-replicas.js";

// npm run bench:state: what the state port costs one event, per store. Each store gets the same 10,000 live
// sessions made by the real engine; an op loads one, steps it and saves it with compare-and-set. Memory is
// the floor (engine + validation, no I/O); the ratios to it are what SQLite and PostgreSQL add. PostgreSQL
// is a throwaway server this script starts on 127.0.0.1 and stops, even when something fails.
const sessions = 10_000;
const ops = 2_000;
const warmup = 200;
const targetP99Ms = 2;

const flow = await loadDefaultFlow(defaultFlowDir());
const dir = mkdtempSync(join(tmpdir(), "rdp-fix-bench-state-"));
let postgres: RunningPostgres | undefined;
let cleaning: Promise<void> | undefined;
const cleanup = () => {
  cleaning ??= (async () => {
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // The workload is still running: stopping the server under it makes its connections error, as expected.
    process.on("uncaughtException", () => undefined);
    void cleanup().finally(() => process.exit(130));
  });
}

async function benchStore(name: string, store: StateStore, config?: StateConfig): Promise<StoreResult> {
  const seeding = performance.now();
  try {
    await seedSessions(store, flow, sessions, store.kind === "postgres" ? 8 : 1);
    const seedSeconds = (performance.now() - seeding) / 1000;
    await timeOps(store, flow, { from: 0, to: sessions, count: warmup, seed: 1 });
    const one = latencySummary(
      (await timeOps(store, flow, { from: 0, to: sessions, count: ops, seed: 2 })).ms,
    );
    console.error(`${name}: seeded in ${seedSeconds.toFixed(1)} s, p99 ${one.p99.toFixed(3)} ms`);
    if (config === undefined) return { name, seedSeconds, one };
    await store.close();
    const half = sessions / 2;
    const halves = [
      { from: 0, to: half, count: ops, seed: 3 },
      { from: half, to: sessions, count: ops, seed: 4 },
    ] as const;
    const [a, b] = await timeTwoReplicas(config, halves, warmup);
    const two = { ...latencySummary([...a.ms, ...b.ms]), conflicts: a.conflicts + b.conflicts };
    return { name, seedSeconds, one, two };
  } finally {
    await store.close();
  }
}

try {
  const results: StoreResult[] = [];
  results.push(await benchStore("memory", new MemoryStateStore()));
  const sqlite: StateConfig = { kind: "sqlite", path: join(dir, "rdp-fix.sqlite") };
  results.push(await benchStore("sqlite (WAL file)", await openStateStore(sqlite), sqlite));
  postgres = await startPostgres();
  const pgConfig: StateConfig = { kind: "postgres", url: await freshDatabase(postgres.url) };
  results.push(await benchStore("postgres (127.0.0.1)", await openStateStore(pgConfig), pgConfig));
  console.log(renderStateReport({ sessions, ops, warmup, targetP99Ms, results }).join("\n"));
} finally {
  await cleanup();
}
