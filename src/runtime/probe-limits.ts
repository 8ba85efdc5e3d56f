import type { StateStore } from "../state/state-store.js";
import { hostRateKeys } from "./host-rate-keys.js";
import type { ProbeControl } from "./probe-control-config.js";
import { probeJobKind } from "./probe-job-payload.js";

/** Stable reasons a run is held back by a limit (audit records, metrics). */
export type ProbeLimitReason = "rate-limit:user" | "rate-limit:host" | "concurrency";

export type ProbeLimitVerdict =
  | { ok: true }
  | { ok: false; reason: ProbeLimitReason; message: string; retryAt: number };

/**
 * The limits every probe run passes, wherever it was asked for (Probe now, a re-check, a watch check), in the
 * store so they hold across restarts and replicas: runs at once, runs per person (`platform` and `user`), and
 * runs per target, counted per name and per resolved address so other spellings of one machine share one
 * allowance. A run let through has taken its slots.
 */
export async function takeProbeLimits(
  store: StateStore,
  control: ProbeControl,
  who: { platform: string; user: string },
  target: { host: string; addresses: readonly string[] },
  now: Date,
  /** A watch check asking for itself: its claim already counts it among the running checks. */
  countedAlready = 0,
): Promise<ProbeLimitVerdict> {
  const running = (await runningProbes(store)) - countedAlready;
  if (running >= control.maxConcurrent) {
    const message = `${running} probe runs are going on already, the most this bot runs at once (RDP_FIX_MAX_CONCURRENT_PROBES=${control.maxConcurrent}). Press Probe now again in a minute.`;
    return { ok: false, reason: "concurrency", message, retryAt: now.getTime() + 60_000 };
  }
  const { perUser, perHost } = control;
  const user = await store.takeRateSlot(
    `probe:user:${who.platform}:${who.user}`,
    perUser.count,
    perUser.windowMs,
  );
  if (!user.taken) {
    const message = `You have asked for ${perUser.count} probe runs within ${windowText(perUser.windowMs)}, the most allowed (RDP_FIX_PROBE_RATE=${perUser.text}). You can probe again ${whenText(user.retryAt, now)}.`;
    return { ok: false, reason: "rate-limit:user", message, retryAt: user.retryAt };
  }
  for (const { key, label } of hostRateKeys(target.host, target.addresses)) {
    const host = await store.takeRateSlot(key, perHost.count, perHost.windowMs);
    if (host.taken) continue;
    const message = `${label} has been probed ${perHost.count} times within ${windowText(perHost.windowMs)}, the most allowed (RDP_FIX_PROBE_HOST_RATE=${perHost.text}). It can be probed again ${whenText(host.retryAt, now)}.`;
    return { ok: false, reason: "rate-limit:host", message, retryAt: host.retryAt };
  }
  return { ok: true };
}

/** Probe runs going on now, on every replica: probe jobs of conversations and claimed watch checks. */
export async function runningProbes(store: StateStore): Promise<number> {
  return (await store.countOpenJobs(probeJobKind)) + (await store.watches.countRunningChecks());
}

function windowText(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}

function whenText(at: number, now: Date): string {
  const minutes = Math.max(1, Math.ceil((at - now.getTime()) / 60_000));
  const time = new Date(at).toISOString().slice(11, 16);
  return `at ${time} UTC (in ${minutes} min)`;
}
