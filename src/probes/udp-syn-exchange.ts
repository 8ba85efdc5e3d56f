import { randomInt } from "node:crypto";
import { createSocket } from "node:dgram";
import { parseIpAddress } from "./parse-ip-address.js";
import { buildRdpeudpSyn } from "./rdpeudp-syn.js";
import { parseRdpeudpSynAck, type RdpeudpSynAck } from "./rdpeudp-syn-ack.js";

export type UdpSynOutcome =
  | { kind: "syn-ack"; synAck: RdpeudpSynAck; attempts: number; elapsedMs: number }
  /** ECONNREFUSED: an ICMP port unreachable came back, so nothing listens (or a firewall rejects). */
  | { kind: "closed"; attempts: number }
  /** Another ICMP error, such as host or network unreachable. */
  | { kind: "unreachable"; code: string; attempts: number }
  /** No answer at all: inconclusive, servers may ignore unsolicited SYNs and firewalls drop silently. */
  | { kind: "silent"; attempts: number }
  /** Something answered, but not with a SYN+ACK to our SYN. */
  | { kind: "malformed"; reason: string; length: number; attempts: number }
  | { kind: "aborted"; attempts: number };

export interface UdpSynExchangeOptions {
  /** An IP literal that the probe policy allowed; never a name. */
  address: string;
  port: number;
  timeoutMs: number;
  /** SYNs sent, spread evenly over the timeout (FreeRDP retries at 1 s intervals). */
  attempts?: number;
  signal?: AbortSignal;
  initialSequenceNumber?: number;
}

/**
 * Sends the SYN on a connected socket, so the kernel reports ICMP port unreachable as ECONNREFUSED and
 * drops datagrams from anyone but the target. The first answer decides; a few SYNs at most, never a flood.
 */
export function exchangeUdpSyn(options: UdpSynExchangeOptions): Promise<UdpSynOutcome> {
  const { address, port, timeoutMs, signal } = options;
  const attempts = Math.max(1, options.attempts ?? 3);
  const ip = parseIpAddress(address);
  if (!ip)
    throw Object.assign(new Error(`bug: UDP probe target ${address} is not an IP literal`), {
      code: "PROBE_TARGET_NOT_IP",
    });
  if (signal?.aborted) return Promise.resolve({ kind: "aborted", attempts: 0 });
  const isn = options.initialSequenceNumber ?? randomInt(0, 2 ** 32);
  const syn = buildRdpeudpSyn(isn);

  return new Promise((resolve) => {
    const socket = createSocket(ip.family === 4 ? "udp4" : "udp6");
    const timers: NodeJS.Timeout[] = [];
    let sent = 0;
    let firstSentAt = 0;
    let settled = false;
    const finish = (outcome: UdpSynOutcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      socket.close();
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: "aborted", attempts: sent });
    const onError = (error: NodeJS.ErrnoException) => {
      const code = error.code ?? "UNKNOWN";
      finish(
        code === "ECONNREFUSED"
          ? { kind: "closed", attempts: sent }
          : { kind: "unreachable", code, attempts: sent },
      );
    };
    const send = () => {
      if (settled) return;
      sent += 1;
      if (firstSentAt === 0) firstSentAt = performance.now();
      // send throws synchronously for a socket that is not connected (or already closed); that is an
      // outcome of this probe, never an exception escaping from a timer.
      try {
        socket.send(syn, (error) => {
          if (error) onError(error);
        });
      } catch (error) {
        onError(error as NodeJS.ErrnoException);
      }
    };

    signal?.addEventListener("abort", onAbort, { once: true });
    socket.on("error", onError);
    socket.on("message", (datagram) => {
      const parsed = parseRdpeudpSynAck(datagram, isn);
      // From the first SYN, so an answer to a retry includes the wait for it.
      const elapsedMs = Math.round(performance.now() - firstSentAt);
      finish(
        parsed.kind === "syn-ack"
          ? { kind: "syn-ack", synAck: parsed, attempts: sent, elapsedMs }
          : { kind: "malformed", reason: parsed.reason, length: datagram.length, attempts: sent },
      );
    });
    timers.push(setTimeout(() => finish({ kind: "silent", attempts: sent }), timeoutMs));
    // A failed connect arrives here, not as an `error` event: EACCES for a broadcast address, ENETUNREACH
    // with no route. Sending after it would hit an unconnected socket, so it ends the exchange instead.
    socket.connect(port, address, (error?: Error) => {
      if (error) return onError(error as NodeJS.ErrnoException);
      const interval = timeoutMs / attempts;
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        timers.push(setTimeout(send, Math.round(attempt * interval)));
      }
    });
  });
}
