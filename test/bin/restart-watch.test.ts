import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { fencedBotEnv } from "../support/process/fenced-bot-env.js";
import { startBotProcess } from "../support/process/start-bot-process.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An RDP port that accepts and then says nothing: a check against it stays in flight until its budget. */
async function silentEndpoint() {
  const sockets: Socket[] = [];
  const connectedAt: number[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    connectedAt.push(Date.now());
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port: address.port, connectedAt };
}

// Two real serve processes, one killed mid-check: up to a minute on a loaded machine.
describe("rdp-fix serve: a watch check across a SIGKILL (SQLite in RDP_FIX_DATA_DIR)", {
  timeout: 60_000,
}, () => {
  it("GIVEN serve is killed while a watch check runs THEN a fresh process runs it again once its lease ends, and only once", async () => {
    const rdp = await silentEndpoint();
    const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-watch-kill-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const path = join(dataDir, "rdp-fix.sqlite");
    const seed = SqliteStateStore.open(path);
    await seed.watches.putWatch({
      host: "127.0.0.1",
      port: rdp.port,
      owner: "ops",
      intervalMs: 3_600_000,
      firstDue: Date.now(),
    });
    await seed.close();
    /** Reads the store the processes share, on a connection of its own (SQLite readers do not block them). */
    const read = async <T>(query: (store: SqliteStateStore) => Promise<T>): Promise<T> => {
      const store = SqliteStateStore.open(path);
      try {
        return await query(store);
      } finally {
        await store.close();
      }
    };
    const finishedChecks = () =>
      read(async (store) =>
        (await store.listAudit()).filter((e) => e.platform === "watch" && e.outcome === "finished"),
      );
    // The fenced environment's probe budget is 3 s, so a claim lasts 6 s.
    const env = fencedBotEnv({
      port: await unusedLoopbackPort(),
      rdpPort: rdp.port,
      store: { RDP_FIX_DATA_DIR: dataDir },
    });

    const first = await startBotProcess(env);
    cleanups.push(async () => void (await first.kill("SIGKILL")));
    await expect.poll(() => rdp.connectedAt.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await first.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    const killedAt = Date.now();
    expect(await finishedChecks()).toEqual([]);

    const second = await startBotProcess(env);
    cleanups.push(async () => void (await second.kill("SIGKILL")));
    await expect
      .poll(async () => (await finishedChecks()).length, { timeout: 30_000, interval: 250 })
      .toBe(1);
    const [check] = await finishedChecks();
    // Not before the first process's claim ran out (claimed just before its first connection).
    expect(Date.parse(check?.at ?? "")).toBeGreaterThanOrEqual((rdp.connectedAt[0] ?? killedAt) + 5_000);
    // A few more rounds: the watch is next due in an hour, so nothing runs it again.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await finishedChecks()).toHaveLength(1);
    const [watch] = await read((store) => store.watches.listWatches());
    expect(watch?.lastCheckedAt).toBeGreaterThan(killedAt);
  });
});
