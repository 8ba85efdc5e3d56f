import type { DnsLookup } from "../probes/dns-resolve.js";
import { type PrecheckVerdict, precheckTarget } from "../probes/precheck-target.js";
import type { ProbePolicy } from "../probes/probe-policy.js";

export type TargetCheck = (host: string, port: number) => Promise<PrecheckVerdict>;
export type { PrecheckVerdict } from "../probes/precheck-target.js";
export type { DenialCode } from "../probes/probe-policy-decision.js";

/** The probe policy as a check any entry point can run before it asks for consent. */
export function createTargetCheck(policy: ProbePolicy, lookup?: DnsLookup): TargetCheck {
  return (host, port) => precheckTarget(policy, host, port, lookup ? { lookup } : {});
}
