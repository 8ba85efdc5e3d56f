import { setMaxListeners } from "node:events";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { checkTarget } from "../../src/probes/probe-policy-check-target.js";
import { probeRdpEndpoint } from "../../src/probes/probe-rdp-endpoint.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { createProbeRunner, defaultProbeBudgetMs } from "../../src/probes/run-probes.js";
import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";

export interface RdpFixRun {
  /** `createProbeRunner`, what `rdp-fix probe` runs: DNS, TCP, X.224, TLS, certificate, UDP and path checks. */
  probe: { ms: number; budgetMs: number; steps: ProbeStep[]; findings: string[] };
  /** `probeRdpEndpoint` alone (TCP, X.224, TLS, certificate): the same job the peers do. */
  endpoint: { ms: number; steps: ProbeStep[] };
}

/**
 * Runs rdp-fix twice against one lab endpoint, in this process, under a policy fenced to `allowedCidr` and
 * port 3389: the endpoint probe alone, then the whole pipeline. Times are wall-clock milliseconds.
 */
export async function runRdpFix(endpoint: LabEndpoint, allowedCidr: string): Promise<RdpFixRun> {
  const policy = createProbePolicy({
    allowedCidrs: [allowedCidr],
    allowedHostnames: [],
    allowedPorts: [3389],
  });
  // The endpoint probe has no policy gate of its own; refuse here what the pipeline would refuse.
  const decision = checkTarget(policy, { ...endpoint, addresses: [endpoint.host] });
  if (decision.addresses.some((address) => address.kind === "denied")) {
    throw new Error(`bench target ${endpoint.host}:${endpoint.port} is outside ${allowedCidr}:3389`);
  }
  const budgetMs = defaultProbeBudgetMs;
  // The pipeline gives each phase 35 % of its budget; the endpoint probe gets the same.
  const phaseMs = Math.round(budgetMs * 0.35);

  const signal = AbortSignal.timeout(budgetMs);
  // Every connection of the probe and its sweeps listens on this one signal, as in createProbeRunner.
  setMaxListeners(0, signal);
  let started = performance.now();
  const alone = await probeRdpEndpoint({
    address: endpoint.host,
    port: endpoint.port,
    host: endpoint.host,
    timeoutMs: phaseMs,
    signal,
  });
  const endpointMs = Math.round(performance.now() - started);

  const runProbes = createProbeRunner({ policy, budgetMs });
  started = performance.now();
  const report = await runProbes({ host: endpoint.host, port: endpoint.port });
  const probeMs = Math.round(performance.now() - started);
  return {
    probe: { ms: probeMs, budgetMs, steps: report.steps, findings: report.findings.map((f) => f.id) },
    endpoint: { ms: endpointMs, steps: alone.steps },
  };
}
