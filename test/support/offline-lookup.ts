import { isIP } from "node:net";
import type { DnsLookup } from "../../src/probes/dns-resolve.js";

/**
 * The resolver seam for tests: names from the table (and `localhost`) resolve to the addresses given, any
 * other name is NXDOMAIN, and no DNS query ever leaves the process (a made-up name like host42 must never
 * reach the machine's resolver).
 */
export function offlineLookup(table: Record<string, readonly string[]> = {}): DnsLookup {
  return async (hostname) => {
    // An IP literal is its own answer, as getaddrinfo gives it without asking anyone.
    const literal = isIP(hostname) === 0 ? undefined : [hostname];
    const addresses =
      literal ?? table[hostname.toLowerCase()] ?? (hostname === "localhost" ? ["127.0.0.1"] : undefined);
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}
