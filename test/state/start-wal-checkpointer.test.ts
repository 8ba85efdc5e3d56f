import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { startWalCheckpointer } from "../../src/state/start-wal-checkpointer.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "rdp-fix-wal-"));
  dirs.push(dir);
  return join(dir, "rdp-fix.sqlite");
}

/** Enough jobs to write thousands of WAL pages: well past SQLite's own checkpoint every 1,000 pages. */
async function writeJobs(store: SqliteStateStore, count: number): Promise<void> {
  const payload = { host: "host1.corp.example", text: "x".repeat(2000) };
  for (let i = 0; i < count; i++)
    await store.enqueueJob({ kind: "slack:command", payload, deadline: Date.now() + 60_000 });
}

const walBytes = (path: string) => statSync(`${path}-wal`).size;
const pageBytes = 4096;

describe("WAL checkpoints on a thread of their own", () => {
  it("GIVEN a store that checkpoints on a thread THEN its commits never checkpoint: the WAL grows past 1,000 pages until the thread runs", async () => {
    const path = freshPath();
    const store = SqliteStateStore.open(path, { walCheckpointEveryMs: 60_000 });
    await writeJobs(store, 1500);
    expect(walBytes(path)).toBeGreaterThan(2000 * pageBytes);
    await store.close();
  });

  it("GIVEN the thread has checkpointed THEN the next commits reuse the WAL from its start instead of growing it", async () => {
    /** 1,500 jobs, a pause, 1,000 more; the WAL's size after all of them. */
    const walAfterTwoBatches = async (walCheckpointEveryMs: number) => {
      const path = freshPath();
      const store = SqliteStateStore.open(path, { walCheckpointEveryMs });
      await writeJobs(store, 1500);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writeJobs(store, 1000);
      expect(await store.countOpenJobs()).toBe(2500);
      const bytes = walBytes(path);
      await store.close();
      return bytes;
    };
    const neverCheckpointed = await walAfterTwoBatches(60_000);
    // Reused: no larger than the bigger batch needed, well short of all 2,500 jobs' pages.
    expect(await walAfterTwoBatches(20)).toBeLessThan(neverCheckpointed * 0.7);
  });

  it("GIVEN a file the thread cannot open THEN the owner hears the thread is gone", async () => {
    let lost = 0;
    startWalCheckpointer(join(freshPath(), "missing-dir", "x.sqlite"), 20, () => void lost++);
    await vi.waitFor(() => expect(lost).toBe(1), { timeout: 5_000 });
  });
});
