import { type DnsLookup, resolveHost } from "./dns-resolve.js";
import type { ProbePolicy } from "./probe-policy.js";
import { checkRequest } from "./probe-policy-check-request.js";
import { checkTarget } from "./probe-policy-check-target.js";
import type { DenialCode } from "./probe-policy-decision.js";

export type PrecheckVerdict =
  /** Worth asking for consent: the request is allowed and some address (or none known yet) may be probed. */
  | { kind: "allowed"; addresses: string[] }
  | { kind: "denied"; code: DenialCode; reason: string; addresses: string[] };

/**
 * The policy's verdict before anyone is asked "may I probe?": the request, then every address the name
 * resolves to. A name that does not resolve is still worth a probe run (it reports dns.unresolved, which is
 * evidence); a target whose every address is denied is refused now. The probe run checks again on the
 * addresses it actually connects to, so a name that changes its answer in between gains nothing.
 */
export async function precheckTarget(
  policy: ProbePolicy,
  host: string,
  port: number,
  options: { lookup?: DnsLookup; timeoutMs?: number } = {},
): Promise<PrecheckVerdict> {
  const request = checkRequest(policy, host, port);
  if (request.kind === "denied") return { ...request, addresses: [] };
  const resolution = await resolveHost(host, {
    timeoutMs: options.timeoutMs ?? 3_000,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  if (resolution.kind !== "resolved") return { kind: "allowed", addresses: [] };
  const decision = checkTarget(policy, { host, port, addresses: resolution.addresses });
  const allowed = decision.addresses.filter((a) => a.kind === "allowed");
  if (allowed.length > 0) return { kind: "allowed", addresses: resolution.addresses };
  const first = decision.addresses.find((a) => a.kind === "denied");
  return first?.kind === "denied"
    ? { kind: "denied", code: first.code, reason: first.reason, addresses: resolution.addresses }
    : { kind: "allowed", addresses: resolution.addresses };
}
