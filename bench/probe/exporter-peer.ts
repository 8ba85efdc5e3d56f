import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { createProbeRunner, defaultProbeBudgetMs } from "../../src/probes/run-probes.js";
import { createHttpServer } from "../../src/runtime/http-server.js";
import { probeEndpoint } from "../../src/runtime/probe-endpoint.js";
import { createTargetCheck } from "../../src/runtime/probe-target-check.js";
import { openStateStore } from "../../src/state/open-state-store.js";
import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";

/** One scrape of the exporter as Prometheus makes it: what came back, and how long the request took. */
export interface ExporterScrape {
  /** Wall-clock milliseconds from the request to the last byte of the body. */
  ms: number;
  status: number;
  body: string;
}

/**
 * Serves `GET /probe` the way `rdp-fix serve` wires it (createHttpServer + probeEndpoint, one probe runner, a
 * SQLite store for the audit trail) on a free loopback port, with a policy fenced to `allowedCidr` and the
 * target's port, scrapes the target once with fetch, and stops. Only the request is timed, not the setup.
 */
export async function scrapeExporter(
  endpoint: LabEndpoint,
  allowedCidr: string,
  budgetMs = defaultProbeBudgetMs,
): Promise<ExporterScrape> {
  const policy = createProbePolicy({
    allowedCidrs: [allowedCidr],
    allowedHostnames: [],
    allowedPorts: [endpoint.port],
  });
  const dataDir = await mkdtemp(join(tmpdir(), "rdp-fix-bench-exporter-"));
  const store = await openStateStore({ kind: "sqlite", path: join(dataDir, "rdp-fix.sqlite") });
  const http = createHttpServer();
  try {
    http.route(
      "/probe",
      probeEndpoint({
        checkTarget: createTargetCheck(policy),
        runProbes: createProbeRunner({ policy, budgetMs }),
        store,
        maxConcurrent: 1,
      }),
    );
    const port = await http.listen(0, "127.0.0.1");
    const target = encodeURIComponent(`${endpoint.host}:${endpoint.port}`);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/probe?target=${target}`);
    const body = await response.text();
    const ms = Math.round(performance.now() - started);
    return { ms, status: response.status, body };
  } finally {
    await http.stop();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
