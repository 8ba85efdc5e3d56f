import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../bin/serve.js";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { SqliteStateStore } from "../../src/state/sqlite-state-store.js";
import { capturedLog } from "../support/captured-log.js";
import { prometheusSamples, sampleValue } from "../support/prometheus-samples.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const flowDir = join(import.meta.dirname, "..", "..", "flows");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// A real serve and real probe runs: a loaded machine gets a minute, not the default 20 s.
describe("rdp-fix serve: the watches", { timeout: 60_000 }, () => {
  it("GIVEN no chat platform and a watch on the expired-certificate server THEN serve checks it, logs the alert it has nowhere to post, and /metrics carries its gauges labelled by target", async () => {
    const fault = findDemoFault("expired-cert");
    if (!fault) throw new Error("the demo has no expired-cert fault");
    const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
    cleanups.push(rdp.close);
    const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-serve-watch-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    // Added as `rdp-fix watch add` would, on the store serve opens.
    const store = SqliteStateStore.open(join(dataDir, "rdp-fix.sqlite"));
    await store.watches.putWatch({
      host: "127.0.0.1",
      port: rdp.port,
      owner: "ops",
      intervalMs: 3_600_000,
      firstDue: Date.now(),
    });
    await store.close();

    const { lines, destination: logDestination } = capturedLog();
    const port = await unusedLoopbackPort();
    const env = {
      RDP_FIX_DATA_DIR: dataDir,
      PORT: String(port),
      RDP_FIX_ALLOWED_CIDRS: "127.0.0.1/32",
      RDP_FIX_ALLOWED_PORTS: String(rdp.port),
    };
    const bots = await serve(env, flowDir, { logDestination, watchPollMs: 100 });
    cleanups.push(bots.stop);

    const unposted = () => lines.find((line) => line.includes("watch alert not posted"));
    await expect.poll(unposted, { timeout: 30_000 }).toBeDefined();
    const logged = JSON.parse(unposted() ?? "{}");
    expect(logged).toMatchObject({ host: "127.0.0.1", port: rdp.port, alert: { kind: "cert-expired" } });

    const samples = prometheusSamples(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
    const target = { target: `127.0.0.1:${rdp.port}` };
    expect(sampleValue(samples, "rdp_fix_probe_success", target)).toBe(1);
    expect(sampleValue(samples, "rdp_fix_certificate_not_after_timestamp_seconds", target)).toBe(
      Date.parse("2021-01-01T00:00:00Z") / 1000,
    );
    expect(sampleValue(samples, "rdp_fix_finding", { ...target, id: "cert.expired" })).toBe(1);
    // The process's own series are still there beside them.
    expect(
      samples.some((s) => s.name === "rdpfix_probe_refusals_total" || s.name.startsWith("process_")),
    ).toBe(true);
  });
});
