import { formatIpAddress } from "./format-ip-address.js";
import type { IpAddress } from "./ip-address.js";
import { maskIpAddress } from "./mask-ip-address.js";
import { parseIpAddress } from "./parse-ip-address.js";

/** A range such as `10.0.0.0/8` or `fc00::/7`. */
export interface Cidr {
  network: IpAddress;
  prefixLength: number;
  /** Canonical text, for messages and audit records. */
  text: string;
}

export type ParsedCidr = { kind: "cidr"; cidr: Cidr } | { kind: "invalid"; reason: string };

/**
 * Strict: canonical address forms only, and no host bits set, because `10.0.0.1/8` in a config file is
 * more likely a typo than a wish, and a policy must not guess. A bare address means a single host.
 */
export function parseCidr(text: string): ParsedCidr {
  const [addressText = "", prefixText, ...rest] = text.split("/");
  const network = rest.length === 0 ? parseIpAddress(addressText) : undefined;
  if (!network) return { kind: "invalid", reason: `"${text}" is not an address or address/prefix` };
  const maxLength = network.family === 4 ? 32 : 128;
  const prefixLength = prefixText === undefined ? maxLength : Number(prefixText);
  const prefixOk = prefixText === undefined || /^(0|[1-9]\d{0,2})$/.test(prefixText);
  if (!prefixOk || prefixLength > maxLength) {
    return { kind: "invalid", reason: `"${text}": the prefix length must be 0-${maxLength}` };
  }
  const masked = maskIpAddress(network, prefixLength);
  const canonical = `${formatIpAddress(masked)}/${prefixLength}`;
  if (masked.bytes.some((byte, index) => byte !== network.bytes[index])) {
    return { kind: "invalid", reason: `"${text}" has host bits set; did you mean ${canonical}?` };
  }
  return { kind: "cidr", cidr: { network: masked, prefixLength, text: canonical } };
}
