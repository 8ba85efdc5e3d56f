import type { Logger } from "pino";
import { defaultProbeBudgetMs } from "../probes/run-probes.js";
import type { StateStore } from "../state/state-store.js";
import type { Watch } from "../state/watch.js";
import { auditTargetProbe, refuseByPolicy, runAuditedProbe } from "./audited-target-probe.js";
import { detectWatchAlerts } from "./detect-watch-alerts.js";
import type { ProbeControl } from "./probe-control-config.js";
import { takeProbeLimits } from "./probe-limits.js";
import type { TargetCheck } from "./probe-target-check.js";
import type { RunProbes } from "./probe-with-progress.js";
import type { WatchAlert } from "./watch-alert.js";
import { readWatchCheckState } from "./watch-check-state.js";

/**
 * How long a claimed check stays its holder's: twice the probe budget (a run is cut off at its budget), so a
 * live holder never loses the check it runs, and one that died leaves it to others soon after.
 */
export function watchLeaseMs(probeBudgetMs: number): number {
  return 2 * probeBudgetMs;
}

/** The lease of a check run with the default probe budget (`rdp-fix watch run`). */
export const defaultWatchLeaseMs = watchLeaseMs(defaultProbeBudgetMs);

export interface WatchCheckDeps {
  store: StateStore;
  runProbes: RunProbes;
  checkTarget: TargetCheck;
  /** Who claims the checks (this process): a lease in its name. */
  holder: string;
  /** Longer than a probe run, so a live holder never loses a check it is running. */
  leaseMs: number;
  certDays: number;
  /** The limits every probe run passes (runs at once, per person, per target); none without it. */
  control?: ProbeControl;
  clock?: () => Date;
  logger?: Logger;
}

/** One due check as it went: its alerts, or why the probe policy refused it, or that another holder took over. */
export type WatchCheckOutcome =
  | { kind: "checked"; watch: Watch; alerts: WatchAlert[] }
  | { kind: "refused"; watch: Watch; message: string }
  /** A limit held it back: the claim is left to lapse, so the check runs once the lease ends. */
  | { kind: "limited"; watch: Watch; message: string }
  | { kind: "lost"; watch: Watch };

/**
 * Runs every check that is due now, one at a time, each claimed under a lease so no other process or replica
 * runs it too: the probe policy first (a refused target is audited and gets no packet), then one probe run,
 * its audit record with the watch's owner as the actor, the alerts against the last check, and the new state.
 */
export async function runDueWatches(deps: WatchCheckDeps): Promise<WatchCheckOutcome[]> {
  const clock = deps.clock ?? (() => new Date());
  const outcomes: WatchCheckOutcome[] = [];
  for (;;) {
    const watch = await deps.store.watches.claimDueWatch(deps.holder, deps.leaseMs);
    if (!watch) return outcomes;
    outcomes.push(await check(deps, watch, clock));
  }
}

async function check(deps: WatchCheckDeps, watch: Watch, clock: () => Date): Promise<WatchCheckOutcome> {
  const target = { host: watch.host, port: watch.port };
  const probing = { ...deps, clock };
  const owner = { actor: watch.owner, platform: "watch" };
  const policy = await refuseByPolicy(probing, target, owner);
  if ("refusal" in policy) {
    // The last result stays as it was; the check is due again one interval later.
    await deps.store.watches.finishWatchCheck(target, deps.holder, watch.lastResult ?? null);
    return { kind: "refused", watch, message: policy.refusal };
  }
  if (deps.control) {
    const who = { platform: owner.platform, user: owner.actor };
    const limit = await takeProbeLimits(deps.store, deps.control, who, { ...target, ...policy }, clock(), 1);
    if (!limit.ok) {
      await auditTargetProbe(probing, target, owner, "refused", {
        reason: limit.reason,
        message: limit.message,
      });
      return { kind: "limited", watch, message: limit.message };
    }
  }
  const { facts } = await runAuditedProbe(probing, target, owner);
  const previous = readWatchCheckState(watch.lastResult);
  const { alerts, state } = detectWatchAlerts(previous, facts, { certDays: deps.certDays, now: clock() });
  // Only the holder that records the check reports it: a late one whose lease ran out stays quiet.
  if (!(await deps.store.watches.finishWatchCheck(target, deps.holder, state))) {
    deps.logger?.warn({ host: watch.host, port: watch.port }, "watch check outlived its lease; not reported");
    return { kind: "lost", watch };
  }
  return { kind: "checked", watch, alerts };
}
