import { embeddedIpv4Addresses } from "../probes/embedded-ipv4-address.js";
import { formatIpAddress } from "../probes/format-ip-address.js";
import { parseIpAddress } from "../probes/parse-ip-address.js";

export interface HostRateKey {
  /** The rate-limit counter in the store. */
  key: string;
  /** What a person reads in the refusal: the name, or the address. */
  label: string;
}

/**
 * The counters one probe run of a target takes from: the name as typed (lowercase, without brackets or a
 * trailing dot) and every address it resolved to, in canonical form. `2147483647`, `0x7fffffff` and
 * `127.255.255.255` are one machine, so they share one allowance instead of each getting their own; an
 * IPv4-mapped IPv6 address counts as its IPv4 address, which is where a dual-stack socket sends it.
 */
export function hostRateKeys(host: string, addresses: readonly string[]): HostRateKey[] {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  const labels = [
    ...(parseIpAddress(name, { allowZone: true }) ? [] : [name]),
    ...[name, ...addresses].flatMap((text) => {
      const address = parseIpAddress(text, { allowZone: true });
      if (!address) return [];
      const mapped = embeddedIpv4Addresses(address).find((embedded) => embedded.via === "ipv4-mapped");
      return [formatIpAddress(mapped?.address ?? address)];
    }),
  ];
  return [...new Set(labels)].map((label) => ({ key: `probe:host:${label}`, label }));
}
