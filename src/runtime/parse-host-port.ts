import { type ParsedProbeTarget, parseProbeTarget } from "./parse-probe-target.js";

/**
 * `host`, `host:port`, `[v6]:port` or a bare IPv6 address, as Prometheus' `target` parameter and `--report`
 * style arguments carry them, read by the one target validator. A bare IPv6 address has no port: its colons
 * are the address's own.
 */
export function parseHostPort(text: string): ParsedProbeTarget {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const [, host = "", port] = bracketed;
    return parseProbeTarget(port === undefined ? { host } : { host, port });
  }
  const colon = text.indexOf(":");
  if (colon === -1 || colon !== text.lastIndexOf(":")) return parseProbeTarget({ host: text });
  return parseProbeTarget({ host: text.slice(0, colon), port: text.slice(colon + 1) });
}
