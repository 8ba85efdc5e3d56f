import net from "node:net";
import { parseX224Confirm, type X224Answer, x224ConnectionRequest } from "./x224-bytes.js";

export interface X224RoundTripRequest {
  host: string;
  port: number;
  requestedProtocols: number;
  connectTimeoutMs?: number;
  answerTimeoutMs?: number;
}

/** Failures are values, so the namespace smoke tests can assert "refused" vs "timeout" directly. */
export type X224RoundTripResult =
  | { kind: "answered"; bytes: Buffer; answer: X224Answer; socket: net.Socket; connectMs: number }
  | { kind: "connect-failed"; code: string }
  | { kind: "connect-timeout" }
  | { kind: "no-answer"; reason: "timeout" | "closed" | string };

/**
 * Connects, sends one Connection Request and reads one whole TPKT back. On success the socket is left open
 * (the caller may start TLS on it) and must be destroyed by the caller.
 */
export function x224RoundTrip(request: X224RoundTripRequest): Promise<X224RoundTripResult> {
  const { connectTimeoutMs = 3000, answerTimeoutMs = 3000 } = request;
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect({ host: request.host, port: request.port });
    let received = Buffer.alloc(0);
    let connected = false;
    let connectMs = 0;
    const finish = (result: X224RoundTripResult) => {
      clearTimeout(timer);
      socket.removeAllListeners("data");
      socket.removeAllListeners("error");
      socket.removeAllListeners("close");
      if (result.kind === "answered") {
        // A late reset must not crash the test process; whoever uses the socket next sees it anyway.
        socket.on("error", () => {});
      } else {
        socket.destroy();
      }
      resolve(result);
    };
    let timer = setTimeout(() => finish({ kind: "connect-timeout" }), connectTimeoutMs);
    socket.once("connect", () => {
      connected = true;
      connectMs = performance.now() - started;
      clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: "no-answer", reason: "timeout" }), answerTimeoutMs);
      socket.write(x224ConnectionRequest(request.requestedProtocols));
    });
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const length = received.length >= 4 ? received.readUInt16BE(2) : Number.POSITIVE_INFINITY;
      if (received.length < length) return;
      const bytes = received.subarray(0, length);
      finish({ kind: "answered", bytes, answer: parseX224Confirm(bytes), socket, connectMs });
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      finish(connected ? { kind: "no-answer", reason: code } : { kind: "connect-failed", code });
    });
    socket.on("close", () => finish({ kind: "no-answer", reason: "closed" }));
  });
}
