import type { ObservedFinding } from "../engine/observed-finding.js";

export type ProbeStepName = "dns" | "tcp" | "x224" | "tls" | "certificate" | "ntlm" | "udp" | "path";

/** One step as it happened, for live progress and for `rdp-fix probe`. */
export interface ProbeStep {
  step: ProbeStepName;
  address?: string;
  status: "ok" | "failed" | "inconclusive" | "not-checked" | "denied";
  /** One line a human reads, e.g. "TCP 3389 open in 3 ms". */
  summary: string;
  durationMs: number;
  /** Raw facts for --json (selected protocol, TLS versions, certificate fields...). */
  data?: Record<string, unknown>;
}

export interface ProbeReport {
  host: string;
  port: number;
  addresses: string[];
  steps: ProbeStep[];
  findings: ObservedFinding[];
  startedAt: string;
  durationMs: number;
}

export interface ProbeRequest {
  host: string;
  port: number;
  signal?: AbortSignal;
  /** Called as each step completes, so adapters can show progress. */
  onStep?: (step: ProbeStep) => void;
}
