import { addressAlwaysDenied } from "./address-always-denied.js";
import { cidrContains } from "./cidr-contains.js";
import { embeddedIpv4Addresses } from "./embedded-ipv4-address.js";
import { formatIpAddress } from "./format-ip-address.js";
import type { IpAddress } from "./ip-address.js";
import { parseIpAddress } from "./parse-ip-address.js";
import type { ProbePolicy } from "./probe-policy.js";
import type { AddressDecision } from "./probe-policy-decision.js";

/**
 * Judges one address in whatever form it is written. Order matters: built-in denials first (on the
 * address, on the IPv4 address a mapped form really reaches, and on any IPv4 address a NAT64 or 6to4
 * form carries), then the configured ranges.
 */
export function checkAddress(policy: ProbePolicy, text: string): AddressDecision {
  const parsed = parseIpAddress(text, { ipv4Forms: "inet-aton", allowZone: true });
  if (!parsed)
    return {
      kind: "denied",
      address: text,
      code: "invalid-address",
      reason: `"${text}" is not an IP address`,
    };
  const embedded = embeddedIpv4Addresses(parsed);
  // A dual-stack socket sends ::ffff:a.b.c.d as IPv4 to a.b.c.d, so that is the address we judge.
  const mapped = embedded.find((entry) => entry.via === "ipv4-mapped")?.address;
  const effective: IpAddress = mapped ?? parsed;
  const shown = describe(text, effective);
  const deny = (code: "always-denied" | "not-allowed", reason: string): AddressDecision => ({
    kind: "denied",
    address: text,
    code,
    reason,
  });

  const direct = addressAlwaysDenied(effective);
  if (direct) return deny("always-denied", `${shown} is ${direct.reason} (${direct.rule}): never probed`);
  for (const { via, address } of embedded) {
    const carried = addressAlwaysDenied(address);
    // Zero octets are what most NAT64 candidate positions hold, not a destination: skip 0.0.0.0/8 there.
    if (carried && carried.rule !== "0.0.0.0/8") {
      const v4 = formatIpAddress(address);
      return deny("always-denied", `${shown} carries ${v4} (${via}), ${carried.reason}: never probed`);
    }
  }
  if (effective.family === 6 && effective.zone !== undefined) {
    return deny("always-denied", `${shown} is a scoped address (%${effective.zone}): never probed`);
  }
  const rule = policy.allowedCidrs.find(
    (cidr) => cidrContains(cidr, effective) || cidrContains(cidr, parsed),
  );
  if (!rule) {
    const ranges = policy.allowedCidrs.map((cidr) => cidr.text).join(", ") || "none configured";
    return deny("not-allowed", `${shown} is outside the address ranges this bot may probe (${ranges})`);
  }
  return { kind: "allowed", address: text, target: formatIpAddress(effective), rule: rule.text };
}

/** `2852039166 (169.254.169.254)`: show what an unusual spelling really means. */
function describe(text: string, address: IpAddress): string {
  const canonical = formatIpAddress(address);
  return canonical === text ? text : `${text} (${canonical})`;
}
