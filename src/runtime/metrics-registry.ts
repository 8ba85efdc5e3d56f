import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Metrics } from "./metrics.js";
import type { MetricsExposition } from "./metrics-exposition.js";

export interface MetricsRegistry {
  metrics: Metrics;
  /** What GET /metrics renders. */
  registry: MetricsExposition;
}

/**
 * One Prometheus registry for the process (never prom-client's global one, so tests and a second bot in
 * one process do not share counters), with the `rdpfix_` series behind the `Metrics` port. Node's own
 * process metrics are added only when asked: they start timers and observers that live as long as the process.
 */
export function createMetricsRegistry(options: { processMetrics?: boolean } = {}): MetricsRegistry {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const started = new Counter({
    name: "rdpfix_diagnoses_started_total",
    help: "Diagnosis sessions started.",
    registers,
  });
  const finished = new Counter({
    name: "rdpfix_diagnoses_finished_total",
    help: "Sessions that reached their first diagnosis, by why the engine stopped asking.",
    labelNames: ["reason"] as const,
    registers,
  });
  const probeRuns = new Counter({
    name: "rdpfix_probe_runs_total",
    help: "Probe runs ended, by outcome (finished, failed, interrupted, deadline, crashed).",
    labelNames: ["outcome"] as const,
    registers,
  });
  const probeDuration = new Histogram({
    name: "rdpfix_probe_duration_seconds",
    help: "How long finished probe runs took.",
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120],
    registers,
  });
  const refusals = new Counter({
    name: "rdpfix_probe_refusals_total",
    help: "Probe runs the gate refused, by reason.",
    labelNames: ["reason"] as const,
    registers,
  });
  const ackLatency = new Histogram({
    name: "rdpfix_ack_latency_seconds",
    help: "From an interaction arriving to the platform being told it was received (limit: 3 s).",
    labelNames: ["platform"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers,
  });
  const apiErrors = new Counter({
    name: "rdpfix_chat_api_errors_total",
    help: "Chat API calls that failed for good.",
    labelNames: ["platform"] as const,
    registers,
  });
  const apiRetries = new Counter({
    name: "rdpfix_chat_api_retries_total",
    help: "Chat API calls retried after a rate limit or a server error.",
    labelNames: ["platform"] as const,
    registers,
  });
  const metrics: Metrics = {
    diagnosisStarted: () => started.inc(),
    diagnosisFinished: (reason) => finished.inc({ reason }),
    probeRun: (outcome, durationSeconds) => {
      probeRuns.inc({ outcome });
      if (durationSeconds !== undefined) probeDuration.observe(durationSeconds);
    },
    probeRefused: (reason) => refusals.inc({ reason }),
    ackLatency: (platform, seconds) => ackLatency.observe({ platform }, seconds),
    chatApiError: (platform) => apiErrors.inc({ platform }),
    chatApiRetry: (platform) => apiRetries.inc({ platform }),
  };
  return { metrics, registry };
}
