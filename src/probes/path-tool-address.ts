import { formatIpAddress } from "./format-ip-address.js";
import { parseIpAddress } from "./parse-ip-address.js";

/**
 * The only text that may become a tool argument: a canonical IP literal (as the DNS step and the probe
 * policy produce), never user text, never a zone, never anything that could read as an option.
 * Anything else is a bug in the caller, so it throws with a stable code.
 */
export function pathToolAddress(address: string): { family: 4 | 6; address: string } {
  const parsed = parseIpAddress(address);
  if (!parsed || formatIpAddress(parsed) !== address) {
    throw Object.assign(
      new Error(`bug: path check target ${JSON.stringify(address)} is not a canonical IP literal`),
      {
        code: "PROBE_TARGET_NOT_IP",
      },
    );
  }
  return { family: parsed.family, address };
}
