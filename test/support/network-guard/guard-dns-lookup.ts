import dns from "node:dns";
import dnsPromises from "node:dns/promises";
import { isIP } from "node:net";
import { isLoopbackHost } from "./is-loopback-host.js";
import { refuseNetwork } from "./network-violations.js";

/** inet_aton's numeric forms (`127.1`, `2852039166`, `0x7f.1`), which getaddrinfo parses without a query. */
const numericIpv4 = /^(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}$/i;

/** A name that needs no resolver: `localhost`, or an address that getaddrinfo just parses. */
const answersLocally = (hostname: unknown) =>
  typeof hostname !== "string" ||
  isIP(hostname) !== 0 ||
  numericIpv4.test(hostname) ||
  isLoopbackHost(hostname);

/** Refuses `dns.lookup` and `dns.promises.lookup` of any other name, so a made-up name never reaches DNS. */
export function guardDnsLookup(): void {
  const { lookup } = dns;
  dns.lookup = function guardedLookup(...args: unknown[]) {
    if (answersLocally(args[0])) return Reflect.apply(lookup, dns, args);
    const callback = args.findLast((arg) => typeof arg === "function") as (error: Error) => void;
    const error = refuseNetwork(String(args[0]));
    process.nextTick(() => callback(error));
    return {} as never;
  } as typeof lookup;

  // `dns.promises` and `node:dns/promises` are one object in Node 20; patched once either way.
  for (const promises of new Set([dns.promises, dnsPromises])) {
    const original = promises.lookup;
    promises.lookup = function guardedPromisesLookup(...args: unknown[]) {
      if (answersLocally(args[0])) return Reflect.apply(original, promises, args);
      return Promise.reject(refuseNetwork(String(args[0])));
    } as typeof original;
  }
}
