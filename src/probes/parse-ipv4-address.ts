import type { Ipv4Address } from "./ip-address.js";

/**
 * `dotted-quad`: only `a.b.c.d` in plain decimal, as in configuration and in addresses the resolver returns.
 * `inet-aton`: every form glibc's getaddrinfo accepts as a numeric host (it uses inet_aton rules), so a
 * user typing `2852039166`, `0251.0376.0251.0376`, `0xa9fea9fe` or `169.254.43518` reaches 169.254.169.254
 * the same way mstsc or ping would. We must read these forms exactly as the OS does to judge them.
 */
export type Ipv4Forms = "dotted-quad" | "inet-aton";

const dottedQuad = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

export function parseIpv4Address(text: string, forms: Ipv4Forms = "dotted-quad"): Ipv4Address | undefined {
  return forms === "dotted-quad" ? parseDottedQuad(text) : parseInetAton(text);
}

function parseDottedQuad(text: string): Ipv4Address | undefined {
  const match = dottedQuad.exec(text);
  if (!match) return undefined;
  const bytes = match.slice(1).map(Number);
  return bytes.every((byte) => byte <= 255) ? { family: 4, bytes } : undefined;
}

/** The last part of `a`, `a.b`, `a.b.c` fills the remaining 32, 24 or 16 bits (inet_aton(3)). */
const lastPartLimit = [0xffffffff, 0xffffff, 0xffff, 0xff] as const;

function parseInetAton(text: string): Ipv4Address | undefined {
  const parts = text.split(".");
  const limit = lastPartLimit[parts.length - 1];
  if (limit === undefined) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseInetAtonPart(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const last = values.pop() ?? 0;
  if (last > limit || values.some((value) => value > 0xff)) return undefined;
  let number = last;
  values.forEach((value, index) => {
    number += value * 2 ** (24 - 8 * index);
  });
  return { family: 4, bytes: [number >>> 24, (number >>> 16) & 0xff, (number >>> 8) & 0xff, number & 0xff] };
}

/** `0x..` hex, `0..` octal, otherwise decimal; huge values stay huge (>limit) despite float rounding. */
function parseInetAtonPart(part: string): number | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(part)) return Number.parseInt(part.slice(2), 16);
  if (/^0[0-7]*$/.test(part)) return Number.parseInt(part, 8);
  if (/^[1-9]\d*$/.test(part)) return Number.parseInt(part, 10);
  return undefined;
}
