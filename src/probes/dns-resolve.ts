import { lookup as osLookup } from "node:dns/promises";
import { formatIpAddress } from "./format-ip-address.js";
import { parseIpAddress } from "./parse-ip-address.js";

/** The shape of `dns.promises.lookup(name, { all: true })`, so tests can stand in a resolver. */
export type DnsLookup = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

export type DnsResolution =
  | { kind: "resolved"; addresses: string[] }
  | { kind: "unresolved"; code: string; message: string }
  | { kind: "timeout"; timeoutMs: number }
  | { kind: "aborted" };

export interface ResolveHostOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  lookup?: DnsLookup;
}

/**
 * getaddrinfo, as mstsc uses it: /etc/hosts, numeric forms (`2852039166`) and DNS give the same answers
 * the user's client would get; `verbatim` keeps the OS order. A timed-out lookup cannot be cancelled (it
 * runs in libuv's thread pool); we stop waiting for it, and its late answer is dropped.
 */
const systemLookup: DnsLookup = (hostname) => osLookup(hostname, { all: true, verbatim: true });

/** `input` is a name or an IP literal as the user gave it; `[::1]` brackets are dropped for the lookup. */
export async function resolveHost(input: string, options: ResolveHostOptions): Promise<DnsResolution> {
  const { timeoutMs, signal, lookup = systemLookup } = options;
  const host = /^\[.*\]$/.test(input) ? input.slice(1, -1) : input;
  if (signal?.aborted) return { kind: "aborted" };
  // RFC 6761 6.4: `.invalid` never exists, and glibc would still ask the DNS server, so answer here.
  if (/(^|\.)invalid\.?$/i.test(host)) {
    return {
      kind: "unresolved",
      code: "ENOTFOUND",
      message: `${host} is under the reserved .invalid domain`,
    };
  }
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<DnsResolution>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout", timeoutMs }), timeoutMs);
    onAbort = () => resolve({ kind: "aborted" });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([lookupAddresses(host, lookup), stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

async function lookupAddresses(host: string, lookup: DnsLookup): Promise<DnsResolution> {
  let answers: readonly { address: string }[];
  try {
    answers = await lookup(host);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string") throw error;
    return { kind: "unresolved", code, message: error instanceof Error ? error.message : String(error) };
  }
  const addresses = distinctAddresses(answers.map((answer) => answer.address));
  if (addresses.length === 0)
    return { kind: "unresolved", code: "ENODATA", message: `${host} has no addresses` };
  return { kind: "resolved", addresses };
}

/** getaddrinfo repeats an address once per socket type on some systems; keep the first of each. */
function distinctAddresses(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const parsed = parseIpAddress(address, { allowZone: true });
    const key = parsed ? formatIpAddress(parsed) : address;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
