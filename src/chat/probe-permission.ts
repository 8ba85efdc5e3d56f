import type { ProbeActor } from "./probe-actor.js";

/** A platform's answer to "may this person probe from here?": when not, the rules it holds everyone to. */
export type ProbePermission = { kind: "allowed" } | { kind: "refused"; rules: readonly string[] };

/** Each chat adapter's own "who may probe" rule, registered with its platform. */
export type ProbePermissionRule = (actor: ProbeActor) => Promise<ProbePermission>;

/**
 * Why this person may not probe from here, or undefined when they may. Where no rule is registered (the
 * terminal: whoever runs it already has this machine's network) nobody is restricted.
 */
export async function permissionProblem(
  actor: ProbeActor,
  rule: ProbePermissionRule | undefined,
): Promise<string | undefined> {
  const verdict = rule ? await rule(actor) : { kind: "allowed" as const };
  if (verdict.kind === "allowed") return undefined;
  return `Probing is not offered to you here: probes may be run ${verdict.rules.join(" and ")}. Someone who may can press Probe now; otherwise the questions alone lead to a diagnosis.`;
}
