import { hostRateKeys } from "../runtime/host-rate-keys.js";
import type { Metrics } from "../runtime/metrics.js";
import type { ProbeControl } from "../runtime/probe-control-config.js";
import { probeJobKind } from "../runtime/probe-job-payload.js";
import { probeRefusalText } from "../runtime/probe-refusal-text.js";
import type { TargetCheck } from "../runtime/probe-target-check.js";
import type { StateStore } from "../state/state-store.js";
import type { ProbeActor } from "./probe-actor.js";
import { type ProbePermissionRule, permissionProblem } from "./probe-permission.js";

export type { ProbeActor } from "./probe-actor.js";

export interface ProbeTarget {
  host: string;
  port: number;
  conversation: string;
}

/** Stable reasons for a refusal (audit records, metrics); the message next to each is for people. */
export type ProbeRefusal = "policy" | "not-permitted" | "rate-limit:user" | "rate-limit:host" | "concurrency";

export type GateVerdict =
  | { ok: true; addresses: string[] }
  | { ok: false; reason: ProbeRefusal; message: string; retryAt?: number; addresses: string[] };

export interface ProbeGateOptions {
  store: StateStore;
  control: ProbeControl;
  /** The probe policy on the target and its resolved addresses; absent where nothing can be probed. */
  checkTarget?: TargetCheck;
  /** The "who may probe" rule of the platform a person writes from, if it registered one. */
  permissionRule?: (platform: string) => ProbePermissionRule | undefined;
  clock?: () => Date;
  metrics?: Metrics;
}

/**
 * Everything that stands between "probe it" and a packet, in the store so it holds across restarts and
 * replicas: who may probe from where, the probe policy before anyone is asked, and the limits (per user, per
 * target, runs at once) when someone presses Probe now. Every refusal, and every run let through, is audited.
 */
export function createProbeGate(options: ProbeGateOptions) {
  const { store, control } = options;
  const clock = options.clock ?? (() => new Date());

  const audit = async (actor: ProbeActor, target: ProbeTarget, verdict: GateVerdict, stage: string) => {
    if (!verdict.ok) options.metrics?.probeRefused(verdict.reason);
    await store.appendAudit({
      at: clock().toISOString(),
      action: "probe",
      actor: actor.user,
      platform: actor.platform,
      conversation: target.conversation,
      target: target.host,
      outcome: verdict.ok ? "allowed" : "refused",
      details: {
        port: target.port,
        stage,
        addresses: verdict.addresses,
        ...(actor.channel ? { channel: actor.channel } : {}),
        ...(verdict.ok ? {} : { reason: verdict.reason, message: verdict.message }),
        ...(!verdict.ok && verdict.retryAt ? { retryAt: new Date(verdict.retryAt).toISOString() } : {}),
      },
    });
  };

  /** Permission, then the policy on the target (resolving its name). */
  const screen = async (actor: ProbeActor, target: ProbeTarget): Promise<GateVerdict> => {
    const problem = await permissionProblem(actor, options.permissionRule?.(actor.platform));
    if (problem) return { ok: false, reason: "not-permitted", message: problem, addresses: [] };
    if (!options.checkTarget) return { ok: true, addresses: [] };
    const policy = await options.checkTarget(target.host, target.port);
    if (policy.kind === "allowed") return { ok: true, addresses: policy.addresses };
    const message = probeRefusalText(policy.code, policy.reason);
    return { ok: false, reason: "policy", message, addresses: policy.addresses };
  };

  const limits = async (
    actor: ProbeActor,
    target: ProbeTarget,
    addresses: string[],
  ): Promise<GateVerdict> => {
    const running = await store.countOpenJobs(probeJobKind);
    if (running >= control.maxConcurrent) {
      const message = `${running} probe runs are going on already, the most this bot runs at once (RDP_FIX_MAX_CONCURRENT_PROBES=${control.maxConcurrent}). Press Probe now again in a minute.`;
      return { ok: false, reason: "concurrency", message, retryAt: clock().getTime() + 60_000, addresses };
    }
    const { perUser, perHost } = control;
    const user = await store.takeRateSlot(
      `probe:user:${actor.platform}:${actor.user}`,
      perUser.count,
      perUser.windowMs,
    );
    if (!user.taken) {
      const message = `You have asked for ${perUser.count} probe runs within ${windowText(perUser.windowMs)}, the most allowed (RDP_FIX_PROBE_RATE=${perUser.text}). You can probe again ${whenText(user.retryAt, clock())}.`;
      return { ok: false, reason: "rate-limit:user", message, retryAt: user.retryAt, addresses };
    }
    // Per name and per resolved address, so other spellings of one machine share its allowance.
    for (const { key, label } of hostRateKeys(target.host, addresses)) {
      const host = await store.takeRateSlot(key, perHost.count, perHost.windowMs);
      if (host.taken) continue;
      const message = `${label} has been probed ${perHost.count} times within ${windowText(perHost.windowMs)}, the most allowed (RDP_FIX_PROBE_HOST_RATE=${perHost.text}). It can be probed again ${whenText(host.retryAt, clock())}.`;
      return { ok: false, reason: "rate-limit:host", message, retryAt: host.retryAt, addresses };
    }
    return { ok: true, addresses };
  };

  return {
    /** Before the consent prompt: a person or target that can never be probed is told so up front. */
    async beforeConsent(actor: ProbeActor, target: ProbeTarget): Promise<GateVerdict> {
      const verdict = await screen(actor, target);
      if (!verdict.ok) await audit(actor, target, verdict, "before-consent");
      return verdict;
    },
    /** Before a watch is set: its checks probe in the asker's name, so the same permission and policy. */
    async beforeWatch(actor: ProbeActor, target: ProbeTarget): Promise<GateVerdict> {
      const verdict = await screen(actor, target);
      if (!verdict.ok) await audit(actor, target, verdict, "watch");
      return verdict;
    },
    /** When someone presses Probe now: permission and policy again (it may be someone else), then the limits. */
    async beforeRun(actor: ProbeActor, target: ProbeTarget): Promise<GateVerdict> {
      const screened = await screen(actor, target);
      const verdict = screened.ok ? await limits(actor, target, screened.addresses) : screened;
      await audit(actor, target, verdict, "consent");
      return verdict;
    },
  };
}

export type ProbeGate = ReturnType<typeof createProbeGate>;

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
