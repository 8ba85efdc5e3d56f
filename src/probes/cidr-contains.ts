import type { Cidr } from "./cidr.js";
import type { IpAddress } from "./ip-address.js";
import { maskIpAddress } from "./mask-ip-address.js";

/** Whether the address lies in the range; an IPv4 address is never inside an IPv6 range or the reverse. */
export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  if (cidr.network.family !== address.family) return false;
  const masked = maskIpAddress(address, cidr.prefixLength);
  return masked.bytes.every((byte, index) => byte === cidr.network.bytes[index]);
}
