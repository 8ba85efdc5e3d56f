import type { IpAddress } from "./ip-address.js";
import { type Ipv4Forms, parseIpv4Address } from "./parse-ipv4-address.js";
import { parseIpv6Address } from "./parse-ipv6-address.js";

export interface ParseIpAddressOptions {
  /** Which IPv4 spellings count as an address; `inet-aton` for anything the OS resolver would accept. */
  ipv4Forms?: Ipv4Forms;
  /** Accept an IPv6 `%zone`; off where the text becomes a command argument. */
  allowZone?: boolean;
}

/** An IP literal in any form the options admit, or undefined: never a name, never brackets. */
export function parseIpAddress(text: string, options: ParseIpAddressOptions = {}): IpAddress | undefined {
  if (text.includes(":")) {
    const ipv6 = parseIpv6Address(text);
    if (ipv6?.zone !== undefined && options.allowZone !== true) return undefined;
    return ipv6;
  }
  return parseIpv4Address(text, options.ipv4Forms ?? "dotted-quad");
}
