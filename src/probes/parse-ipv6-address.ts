import type { Ipv6Address } from "./ip-address.js";
import { parseIpv4Address } from "./parse-ipv4-address.js";

const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zonePattern = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * RFC 4291 text forms, as inet_pton reads them: eight groups, one `::`, an optional dotted-quad tail
 * (decimal only, as inet_pton requires), and an optional `%zone`. No brackets: those belong to the
 * hostname syntax, not to the address.
 */
export function parseIpv6Address(text: string): Ipv6Address | undefined {
  const [body = "", zone, ...rest] = text.split("%");
  if (rest.length > 0 || (zone !== undefined && !zonePattern.test(zone))) return undefined;
  const halves = body.split("::");
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? "", halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? "", true) : [];
  if (!head || !tail) return undefined;
  const explicit = head.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return undefined;
  const groups = [...head, ...new Array<number>(8 - explicit).fill(0), ...tail];
  const bytes = groups.flatMap((group) => [group >> 8, group & 0xff]);
  return zone === undefined ? { family: 6, bytes } : { family: 6, bytes, zone };
}

/** Groups of one side of `::`; the dotted-quad tail counts as two groups and may only end the address. */
function parseGroups(side: string, mayEndWithIpv4: boolean): number[] | undefined {
  if (side === "") return [];
  const parts = side.split(":");
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (hexGroup.test(part)) {
      groups.push(Number.parseInt(part, 16));
      continue;
    }
    const ipv4 = mayEndWithIpv4 && index === parts.length - 1 ? parseIpv4Address(part) : undefined;
    if (!ipv4) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = ipv4.bytes;
    groups.push((a << 8) | b, (c << 8) | d);
  }
  return groups;
}
