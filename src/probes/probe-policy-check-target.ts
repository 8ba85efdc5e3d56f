import type { ProbePolicy } from "./probe-policy.js";
import { checkAddress } from "./probe-policy-check-address.js";
import { checkRequest } from "./probe-policy-check-request.js";
import type { TargetDecision } from "./probe-policy-decision.js";

export interface Target {
  /** As the user typed it. */
  host: string;
  port: number | string;
  /** Every address the name resolved to. */
  addresses: readonly string[];
}

/**
 * The decision that gates packets: one verdict per resolved address. If the request itself is denied,
 * every address inherits that denial, so a caller that only looks at addresses is still safe.
 */
export function checkTarget(policy: ProbePolicy, target: Target): TargetDecision {
  const request = checkRequest(policy, target.host, target.port);
  const addresses = target.addresses.map((address) =>
    request.kind === "denied"
      ? { kind: "denied" as const, address, code: request.code, reason: request.reason }
      : checkAddress(policy, address),
  );
  return { host: target.host, port: target.port, request, addresses };
}
