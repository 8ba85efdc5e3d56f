import dns from "node:dns";
import net from "node:net";
import { isLoopbackHost } from "./is-loopback-host.js";
import { refuseNetwork } from "./network-violations.js";

/** The fields the guard reads; everything else passes through untouched. */
type ConnectOptions = { path?: string; host?: string; port?: number; lookup?: net.LookupFunction };
type LookupCallback = (error: Error | null, address: string | dns.LookupAddress[], family?: number) => void;

/** `socket.connect` takes (options | [options, cb] from net.connect | path | port, host); options come out. */
function connectOptions(args: unknown[]): ConnectOptions {
  const [first, second] = args;
  if (Array.isArray(first)) return first[0] as ConnectOptions;
  if (typeof first === "object" && first !== null) return first as ConnectOptions;
  if (typeof first === "string" && Number.isNaN(Number(first))) return { path: first };
  return { port: Number(first), ...(typeof second === "string" ? { host: second } : {}) };
}

/** Lets the name resolve however the caller asked, then refuses if any answer is off the loopback. */
function guardedLookup(host: string, lookup: net.LookupFunction = dns.lookup): net.LookupFunction {
  return (hostname, options, callback) =>
    lookup(hostname, options, ((error, address, family) => {
      if (error) return callback(error, "", 0);
      const answers = typeof address === "string" ? [address] : address.map((answer) => answer.address);
      const outside = answers.find((answer) => !isLoopbackHost(answer));
      if (outside !== undefined) return callback(refuseNetwork(`${outside} (from ${host})`), "", 0);
      (callback as LookupCallback)(null, address, family);
    }) as LookupCallback);
}

/**
 * Every TCP client in the process (net, tls, http, and fetch through undici) goes through
 * `net.Socket.prototype.connect`. An IP literal is judged at once; a name is judged on what it resolves to.
 */
export function guardNetConnect(): void {
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const options = connectOptions(args);
    if (options.path !== undefined) return Reflect.apply(original, this, args);
    const host = options.host ?? "localhost";
    if (net.isIP(host) !== 0) {
      if (isLoopbackHost(host)) return Reflect.apply(original, this, args);
      const error = refuseNetwork(host);
      process.nextTick(() => this.destroy(error));
      return this;
    }
    const guarded = { ...options, lookup: guardedLookup(host, options.lookup) };
    if (Array.isArray(args[0])) {
      // net.connect's pre-normalised [options, callback]: keep the array, which net recognises by a symbol.
      args[0][0] = guarded;
      return Reflect.apply(original, this, args);
    }
    const callback = args.find((arg) => typeof arg === "function");
    return Reflect.apply(original, this, callback ? [guarded, callback] : [guarded]);
  } as typeof original;
}
