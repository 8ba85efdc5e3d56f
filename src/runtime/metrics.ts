import type { DiagnosisReply } from "../engine/index.js";

/** How a probe run ended: its findings came back, it broke, its holder died twice, or it never started in time. */
export type ProbeRunOutcome = "finished" | "failed" | "interrupted" | "deadline" | "crashed";

/**
 * What the bot counts, as a port: the runner, the probe gate and job and the chat adapters call it, and
 * only `createMetricsRegistry` knows it becomes Prometheus series. Optional everywhere: without it nothing
 * is counted.
 */
export interface Metrics {
  /** A start event created a session. */
  diagnosisStarted(): void;
  /** A session reached its first diagnosis, and why the engine stopped asking. */
  diagnosisFinished(reason: DiagnosisReply["reason"]): void;
  /** A probe run ended; its duration is known when it ran. */
  probeRun(outcome: ProbeRunOutcome, durationSeconds?: number): void;
  /** The probe gate refused a run: one of its stable reasons (policy, not-permitted, rate-limit:user, ...). */
  probeRefused(reason: string): void;
  /** From an interaction arriving to the platform being told it was received. */
  ackLatency(platform: string, seconds: number): void;
  /** A chat API call failed for good. */
  chatApiError(platform: string): void;
  /** A chat API call was retried (rate limit or server error). */
  chatApiRetry(platform: string): void;
}
