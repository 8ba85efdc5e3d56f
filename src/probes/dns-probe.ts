import type { ObservedFinding } from "../engine/observed-finding.js";
import { type DnsResolution, type ResolveHostOptions, resolveHost } from "./dns-resolve.js";
import type { FindingId } from "./finding-ids.js";
import type { ProbeStep } from "./probe-report.js";

export interface DnsProbeResult {
  resolution: DnsResolution;
  step: ProbeStep;
  findings: ObservedFinding[];
}

export interface DnsProbeOptions extends ResolveHostOptions {
  now?: () => Date;
}

/** The DNS step of the pipeline: every A and AAAA address, as data, with the findings the flow reads. */
export async function probeDns(host: string, options: DnsProbeOptions): Promise<DnsProbeResult> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const resolution = await resolveHost(host, options);
  const durationMs = Math.round(performance.now() - started);
  const at = now().toISOString();
  const finding = (id: FindingId, detail: string): ObservedFinding => ({ id, detail, at });
  switch (resolution.kind) {
    case "resolved": {
      const { addresses } = resolution;
      const list = addresses.join(", ");
      const step: ProbeStep = {
        step: "dns",
        status: "ok",
        summary: `${host} resolves to ${list} in ${durationMs} ms`,
        durationMs,
        data: { addresses },
      };
      const findings =
        addresses.length > 1
          ? [finding("dns.multiple-addresses", `${host} resolves to ${addresses.length} addresses: ${list}`)]
          : [];
      return { resolution, step, findings };
    }
    case "unresolved": {
      const summary = `${host} does not resolve (${resolution.code})`;
      return {
        resolution,
        step: { step: "dns", status: "failed", summary, durationMs, data: { code: resolution.code } },
        findings: [finding("dns.unresolved", summary)],
      };
    }
    case "timeout": {
      const summary = `looking up ${host} timed out after ${resolution.timeoutMs} ms`;
      return {
        resolution,
        step: {
          step: "dns",
          status: "failed",
          summary,
          durationMs,
          data: { timeoutMs: resolution.timeoutMs },
        },
        findings: [finding("dns.unresolved", summary)],
      };
    }
    case "aborted":
      return {
        resolution,
        step: { step: "dns", status: "not-checked", summary: `looking up ${host} was cancelled`, durationMs },
        findings: [],
      };
  }
}
