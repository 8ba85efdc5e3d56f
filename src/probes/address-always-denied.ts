import { type Cidr, parseCidr } from "./cidr.js";
import { cidrContains } from "./cidr-contains.js";
import type { IpAddress } from "./ip-address.js";

/**
 * Denied whatever the configuration allows: metadata services hand out cloud credentials, and the rest
 * are not single hosts a user could mean. Specific entries come before the ranges that hold them, so the
 * message names the most precise reason.
 */
const deniedRanges = [
  ["169.254.169.254", "the cloud metadata service (AWS, Azure, Google Cloud, Oracle and others)"],
  ["169.254.0.0/16", "link-local"],
  ["100.100.100.200", "the Alibaba Cloud metadata service"],
  ["168.63.129.16", "the Azure platform address (WireServer)"],
  ["192.0.0.192", "the Oracle Cloud Classic metadata service"],
  ["0.0.0.0/8", "not a host address ('this network', 0.0.0.0/8)"],
  ["224.0.0.0/4", "multicast"],
  ["255.255.255.255", "the broadcast address"],
  ["fd00:ec2::254", "the AWS metadata service (IPv6)"],
  ["fd00:ec2::23", "the AWS EKS Pod Identity agent (IPv6)"],
  ["fd20:ce::254", "the Google Cloud metadata service (IPv6)"],
  ["fd00:42::42", "the Scaleway metadata service (IPv6)"],
  ["fe80::/10", "IPv6 link-local"],
  ["ff00::/8", "IPv6 multicast"],
  ["::", "the unspecified address"],
] as const;

const table: readonly { cidr: Cidr; reason: string }[] = deniedRanges.map(([text, reason]) => {
  const parsed = parseCidr(text);
  if (parsed.kind === "invalid") throw new Error(`bug: bad built-in denied range: ${parsed.reason}`);
  return { cidr: parsed.cidr, reason };
});

export interface AlwaysDenied {
  /** The built-in range that matched, e.g. `169.254.0.0/16`. */
  rule: string;
  /** What the range is, for a human: "link-local". */
  reason: string;
}

export function addressAlwaysDenied(address: IpAddress): AlwaysDenied | undefined {
  const entry = table.find(({ cidr }) => cidrContains(cidr, address));
  return entry && { rule: entry.cidr.text, reason: entry.reason };
}
