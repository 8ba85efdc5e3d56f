import { setMaxListeners } from "node:events";
import type { ObservedFinding } from "../engine/observed-finding.js";
import { probeDns } from "./dns-probe.js";
import type { DnsLookup } from "./dns-resolve.js";
import { runPathChecks } from "./path-check.js";
import type { ProbePolicy } from "./probe-policy.js";
import { checkRequest } from "./probe-policy-check-request.js";
import { checkTarget } from "./probe-policy-check-target.js";
import { probeRdpEndpoint } from "./probe-rdp-endpoint.js";
import type { ProbeReport, ProbeRequest, ProbeStep } from "./probe-report.js";
import { type GuardedStepName, stepErrorResult } from "./step-error-result.js";
import { probeUdp } from "./udp-probe.js";

export interface ProbeRunnerOptions {
  policy: ProbePolicy;
  /** The whole run ends within this, however many addresses and however dead the host (default 8 s). */
  budgetMs?: number;
  now?: () => Date;
  /** Tests resolve names without DNS traffic. */
  lookup?: DnsLookup;
  /** PATH for ping and tracepath, e.g. a namespace wrapper in tests. */
  toolPath?: string;
}

export const defaultProbeBudgetMs = 8_000;

/**
 * The whole probe pipeline for one host: policy on the request, DNS, policy on every resolved address,
 * then for each allowed address the RDP endpoint (TCP, X.224, TLS, certificate), UDP and path checks, all
 * at once. Denied addresses get a step saying why and no packet. Never throws for a network outcome.
 */
export function createProbeRunner(
  options: ProbeRunnerOptions,
): (request: ProbeRequest) => Promise<ProbeReport> {
  const budgetMs = options.budgetMs ?? defaultProbeBudgetMs;
  const now = options.now ?? (() => new Date());
  // Phases share the budget: a dead host fails its connect, a black hole its TLS, each well inside it.
  const phaseMs = Math.round(budgetMs * 0.35);

  return async (request) => {
    const started = performance.now();
    const startedAt = now().toISOString();
    const steps: ProbeStep[] = [];
    const findings: ObservedFinding[] = [];
    const record = (step: ProbeStep) => {
      steps.push(step);
      request.onStep?.(step);
    };
    const report = (addresses: string[]): ProbeReport => ({
      host: request.host,
      port: request.port,
      addresses,
      steps,
      findings,
      startedAt,
      durationMs: Math.round(performance.now() - started),
    });

    const verdict = checkRequest(options.policy, request.host, request.port);
    if (verdict.kind === "denied") {
      record({
        step: "dns",
        status: "denied",
        summary: `not probed: ${verdict.reason}`,
        durationMs: 0,
        data: { code: verdict.code },
      });
      return report([]);
    }

    /** A step that throws (a bug) becomes a `<step>.error` finding; the others go on. */
    const guard = (name: GuardedStepName, address: string | undefined, work: () => Promise<void>) =>
      Promise.resolve()
        .then(work)
        .catch((error: unknown) => {
          const failed = stepErrorResult(name, address, error, now().toISOString());
          record(failed.step);
          findings.push(failed.finding);
        });

    const signal = AbortSignal.any([
      AbortSignal.timeout(budgetMs),
      ...(request.signal ? [request.signal] : []),
    ]);
    // Every connection of every probe listens on this one signal; that is by design, not a leak.
    setMaxListeners(0, signal);
    let dns: Awaited<ReturnType<typeof probeDns>> | undefined;
    await guard("dns", undefined, async () => {
      dns = await probeDns(request.host, {
        timeoutMs: Math.min(phaseMs, 3_000),
        signal,
        now,
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      record(dns.step);
      findings.push(...dns.findings);
    });
    if (dns?.resolution.kind !== "resolved") return report([]);

    const decision = checkTarget(options.policy, {
      host: request.host,
      port: request.port,
      addresses: dns.resolution.addresses,
    });
    const probing: Array<Promise<void>> = [];
    for (const address of decision.addresses) {
      if (address.kind === "denied") {
        record({
          step: "tcp",
          address: address.address,
          status: "denied",
          summary: `not probed: ${address.reason}`,
          durationMs: 0,
        });
        continue;
      }
      const target = address.target;
      const collect = (result: { findings: ObservedFinding[] }) => {
        findings.push(...result.findings);
      };
      probing.push(
        guard("tcp", target, () =>
          probeRdpEndpoint({
            address: target,
            port: request.port,
            host: request.host,
            timeoutMs: phaseMs,
            signal,
            now,
            onStep: record,
          }).then(collect),
        ),
        guard("udp", target, () =>
          probeUdp({
            address: target,
            port: request.port,
            timeoutMs: Math.min(phaseMs, 2_500),
            signal,
            now,
          }).then((udp) => {
            record(udp.step);
            collect(udp);
          }),
        ),
        guard("path", target, () =>
          runPathChecks({
            address: target,
            timeoutMs: phaseMs,
            signal,
            now,
            ...(options.toolPath ? { path: options.toolPath } : {}),
          }).then((path) => {
            for (const step of path.steps) record({ ...step, address: target });
            collect({ findings: path.findings.map((f) => ({ ...f, address: target })) });
          }),
        ),
      );
    }
    await Promise.all(probing);
    return report(dns.resolution.addresses);
  };
}
