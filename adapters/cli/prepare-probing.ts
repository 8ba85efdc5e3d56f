import { defaultRdpPort } from "../../src/engine/index.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import { probeRefusalText } from "../../src/runtime/probe-refusal-text.js";
import type { TargetCheck } from "../../src/runtime/probe-target-check.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { ProbingStatus } from "./probing-status.js";

export interface ProbingPlan {
  /** Whether the conversation starts with probing on (consent is still asked unless --yes). */
  probing: boolean;
  /** Set when it is already known that the probes will not run. */
  notRun?: Extract<ProbingStatus, { ran: false }>;
}

/**
 * Decides before the conversation starts whether it may probe. The policy speaks before anyone is asked for
 * consent: a target it refuses is never offered, and the refusal is audited and said on stderr.
 */
export async function prepareProbing(options: {
  command: { host: string; port?: number; probe: boolean; yes: boolean };
  /** A person (or a --jsonl script) can answer the consent question. */
  canAsk: boolean;
  runProbes: RunProbes | undefined;
  checkTarget: TargetCheck | undefined;
  store: StateStore;
  user: string;
  stderr: (text: string) => void;
}): Promise<ProbingPlan> {
  const { command, canAsk, store, stderr } = options;
  if (!command.probe) return { probing: false, notRun: { ran: false, because: "no-probe" } };
  if (options.runProbes === undefined)
    return { probing: false, notRun: { ran: false, because: "unavailable" } };
  if (!canAsk && !command.yes) {
    stderr(
      "rdp-fix diagnose: not probing, because nobody is here to consent; pass --yes to probe or --no-probe.",
    );
    return { probing: false, notRun: { ran: false, because: "no-consent" } };
  }
  if (!options.checkTarget) return { probing: true };
  const port = command.port ?? defaultRdpPort;
  const verdict = await options.checkTarget(command.host, port);
  if (verdict.kind !== "denied") return { probing: true };
  const text = safeDisplayText(probeRefusalText(verdict.code, verdict.reason));
  stderr(`rdp-fix diagnose: ${text}`);
  await store.appendAudit({
    at: new Date().toISOString(),
    action: "probe",
    actor: options.user,
    platform: "terminal",
    target: command.host,
    outcome: "refused",
    details: { port, reason: "policy", stage: "before-consent" },
  });
  return {
    probing: false,
    notRun: { ran: false, because: "refused", refused: { code: verdict.code, reason: verdict.reason, text } },
  };
}

/** What a diagnosis says about its probes: known up front, or read from whether a probe summary arrived. */
export function probingStatusOf(plan: ProbingPlan, probeSummary: string | undefined): ProbingStatus {
  if (plan.notRun) return plan.notRun;
  return probeSummary === undefined ? { ran: false, because: "declined" } : { ran: true };
}

/** What the start event says about probing: on or off, and the policy's words when it refused the target. */
export function probingStartFields(plan: ProbingPlan): { probing: boolean; probingRefused?: string } {
  return plan.notRun?.because === "refused"
    ? { probing: false, probingRefused: plan.notRun.refused.text }
    : { probing: plan.probing };
}
