import type { Metrics } from "../runtime/metrics.js";
import type { ProbeControl } from "../runtime/probe-control-config.js";
import { takeProbeLimits } from "../runtime/probe-limits.js";
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
    const verdict = await takeProbeLimits(store, control, actor, { host: target.host, addresses }, clock());
    return verdict.ok ? { ok: true, addresses } : { ...verdict, addresses };
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
