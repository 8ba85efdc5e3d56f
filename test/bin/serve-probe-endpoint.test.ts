import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../bin/serve.js";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { exporterActor } from "../../src/runtime/probe-endpoint.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import { capturedLog } from "../support/captured-log.js";
import { prometheusSamples, sampleValue } from "../support/prometheus-samples.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const flowDir = join(import.meta.dirname, "..", "..", "flows");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const token = "0123456789abcdef-scrape-token";

/** `rdp-fix serve` with no chat platform, its policy fenced to one loopback RDP port; the log lines kept. */
async function serveExporter(rdpPort: number, extra: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-exporter-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const { lines, destination: logDestination } = capturedLog();
  const port = await unusedLoopbackPort();
  const env = {
    RDP_FIX_DATA_DIR: dataDir,
    PORT: String(port),
    RDP_FIX_ALLOWED_CIDRS: "127.0.0.1/32",
    RDP_FIX_ALLOWED_PORTS: String(rdpPort),
    RDP_FIX_PROBE_BUDGET_MS: "8000",
    ...extra,
  };
  const bots = await serve(env, flowDir, { logDestination });
  let stopped = false;
  const stop = async () => {
    if (!stopped) await bots.stop();
    stopped = true;
  };
  cleanups.push(stop);
  const audit = async () => {
    await stop();
    const store = await openStateStore({ kind: "sqlite", path: join(dataDir, "rdp-fix.sqlite") });
    try {
      return await store.listAudit();
    } finally {
      await store.close();
    }
  };
  return { base: `http://127.0.0.1:${port}`, lines, audit };
}

async function expiredCertificateServer() {
  const fault = findDemoFault("expired-cert");
  if (!fault) throw new Error("the demo has no expired-cert fault");
  const server = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  cleanups.push(server.close);
  return server;
}

// A real serve and real probe runs per test: a loaded machine gets a minute, not the default 20 s.
describe("rdp-fix serve: GET /probe?target= (the Prometheus multi-target exporter)", {
  timeout: 60_000,
}, () => {
  it("GIVEN no chat platform and the demo server with an expired certificate THEN serve says it serves HTTP only, and a scrape reads the negotiation, the certificate dates, TLS versions and findings", async () => {
    const rdp = await expiredCertificateServer();
    const bot = await serveExporter(rdp.port);
    expect(bot.lines.join("")).toMatch(
      /No chat platform is configured: serving the HTTP endpoints \(\/healthz, \/metrics, \/probe\) and the watches only/,
    );
    expect(bot.lines.join("")).toMatch(/SLACK_BOT_TOKEN.*DISCORD_TOKEN/);

    const response = await fetch(`${bot.base}/probe?target=127.0.0.1:${rdp.port}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = prometheusSamples(await response.text());
    expect(sampleValue(samples, "rdp_fix_probe_success")).toBe(1);
    expect(sampleValue(samples, "rdp_fix_probe_duration_seconds")).toBeGreaterThan(0);
    expect(sampleValue(samples, "rdp_fix_certificate_not_after_timestamp_seconds")).toBe(
      Date.parse("2021-01-01T00:00:00Z") / 1000,
    );
    expect(sampleValue(samples, "rdp_fix_certificate_not_before_timestamp_seconds")).toBe(
      Date.parse("2020-01-01T00:00:00Z") / 1000,
    );
    expect(sampleValue(samples, "rdp_fix_tls_version_accepted", { version: "TLSv1.2" })).toBe(1);
    expect(sampleValue(samples, "rdp_fix_tls_version_accepted", { version: "TLSv1" })).toBe(0);
    expect(sampleValue(samples, "rdp_fix_security_protocol_selected", { protocol: "SSL" })).toBe(1);
    expect(sampleValue(samples, "rdp_fix_security_protocol_selected", { protocol: "HYBRID" })).toBe(0);
    expect(sampleValue(samples, "rdp_fix_finding", { id: "cert.expired" })).toBe(1);
    expect(samples.find((s) => s.name === "rdp_fix_probe_success")?.type).toBe("GAUGE");

    const audit = await bot.audit();
    expect(audit).toEqual([
      expect.objectContaining({
        action: "probe",
        actor: exporterActor,
        target: "127.0.0.1",
        outcome: "finished",
        details: expect.objectContaining({ port: rdp.port, client: "127.0.0.1" }),
      }),
    ]);
  });

  it("GIVEN a target port outside the policy THEN 403 with the reason and the variable to change, no packet to it, and the refusal audited", async () => {
    let connections = 0;
    const listener = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => listener.close(() => resolve())));
    const refusedPort = (listener.address() as { port: number }).port;
    const bot = await serveExporter(await unusedLoopbackPort());

    const response = await fetch(`${bot.base}/probe?target=127.0.0.1:${refusedPort}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/^Not probing: .*RDP_FIX_ALLOWED_PORTS/);
    expect(connections).toBe(0);
    const audit = await bot.audit();
    expect(audit).toEqual([
      expect.objectContaining({
        actor: exporterActor,
        outcome: "refused",
        details: expect.objectContaining({ reason: "policy", port: refusedPort }),
      }),
    ]);
  });

  it("GIVEN RDP_FIX_PROBE_ENDPOINT_TOKEN THEN no token or a wrong one is 401 before anything is probed, the right one is answered, and the token is never logged", async () => {
    const rdp = await expiredCertificateServer();
    const bot = await serveExporter(rdp.port, { RDP_FIX_PROBE_ENDPOINT_TOKEN: token, LOG_LEVEL: "trace" });
    const url = `${bot.base}/probe?target=127.0.0.1:${rdp.port}`;

    const without = await fetch(url);
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toBe("Bearer");
    const wrong = await fetch(url, { headers: { authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
    expect(rdp.requests).toEqual([]);

    const right = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(sampleValue(prometheusSamples(await right.text()), "rdp_fix_probe_success")).toBe(1);
    expect(bot.lines.join("")).not.toContain(token);
  });

  it("GIVEN RDP_FIX_MAX_CONCURRENT_PROBES=1 and a scrape stalled in TLS THEN a second scrape meanwhile is 503, and one after it is answered", async () => {
    const fault = findDemoFault("tls-stall");
    if (!fault) throw new Error("the demo has no tls-stall fault");
    const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
    cleanups.push(rdp.close);
    const bot = await serveExporter(rdp.port, {
      RDP_FIX_MAX_CONCURRENT_PROBES: "1",
      RDP_FIX_PROBE_BUDGET_MS: "1500",
    });
    const url = `${bot.base}/probe?target=127.0.0.1:${rdp.port}`;
    const first = fetch(url);
    while (rdp.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await fetch(url);
    expect(second.status).toBe(503);
    expect(await second.text()).toMatch(/RDP_FIX_MAX_CONCURRENT_PROBES/);
    expect((await first).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
    const outcomes = (await bot.audit()).map((entry) => [entry.outcome, entry.details?.reason]);
    expect(outcomes).toEqual([
      ["refused", "concurrency"],
      ["finished", undefined],
      ["finished", undefined],
    ]);
  });

  it("GIVEN a target that is not a host[:port] THEN 400 names the problem and nothing is audited", async () => {
    const bot = await serveExporter(3389);
    const missing = await fetch(`${bot.base}/probe`);
    expect(missing.status).toBe(400);
    const badPort = await fetch(`${bot.base}/probe?target=127.0.0.1:99999`);
    expect(badPort.status).toBe(400);
    expect(await badPort.text()).toMatch(/port must be a whole number/);
    expect(await bot.audit()).toEqual([]);
  });
});
