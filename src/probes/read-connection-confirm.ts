import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { ConnectionConfirm } from "./connection-confirm.js";
import { hexPrefix } from "./hex-prefix.js";
import { parseConnectionConfirm } from "./parse-connection-confirm.js";
import { watchDeadline } from "./watch-deadline.js";

/** Never hold more of a server's answer than this, whatever it sends. */
export const maxConfirmBytes = 64 * 1024;

export type ConfirmReading =
  | { kind: "answered"; confirm: ConnectionConfirm; bytesRead: number; durationMs: number; leftover: Buffer }
  /** No complete answer before the deadline (`bytesRead` > 0 means it stopped half-way). */
  | { kind: "silent"; bytesRead: number; durationMs: number }
  | { kind: "closed"; bytesRead: number; durationMs: number }
  | { kind: "reset"; code: string; bytesRead: number; durationMs: number }
  | { kind: "aborted"; bytesRead: number; durationMs: number };

export interface ReadConfirmOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  maxBytes?: number;
}

/**
 * Reads the server's answer to a Connection Request from a connected socket. Stops reading (pauses the socket)
 * as soon as the answer is decided, so a server that streams without end costs at most `maxBytes`.
 */
export function readConnectionConfirm(socket: Socket, options: ReadConfirmOptions): Promise<ConfirmReading> {
  const maxBytes = options.maxBytes ?? maxConfirmBytes;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let received = Buffer.alloc(0);
  return new Promise((resolve) => {
    const finish = (reading: ConfirmReading) => {
      stopWatch();
      socket.pause();
      socket.off("data", onData);
      socket.off("end", onEnd);
      socket.off("close", onEnd);
      socket.off("error", onError);
      resolve(reading);
    };
    const onData = (chunk: Buffer) => {
      const room = maxBytes - received.length;
      received = Buffer.concat([received, chunk.subarray(0, room)]);
      const parsed = parseConnectionConfirm(received);
      if (parsed.kind === "complete") {
        const leftover = Buffer.from(received.subarray(parsed.consumed));
        finish({
          kind: "answered",
          confirm: parsed.confirm,
          bytesRead: received.length,
          durationMs: elapsed(),
          leftover,
        });
      } else if (received.length >= maxBytes) {
        const confirm: ConnectionConfirm = {
          kind: "malformed",
          problem: "tpkt-too-long",
          firstBytes: hexPrefix(received),
        };
        finish({
          kind: "answered",
          confirm,
          bytesRead: received.length,
          durationMs: elapsed(),
          leftover: Buffer.alloc(0),
        });
      }
    };
    const onEnd = () => finish({ kind: "closed", bytesRead: received.length, durationMs: elapsed() });
    const onError = (error: NodeJS.ErrnoException) =>
      finish({
        kind: "reset",
        code: error.code ?? "UNKNOWN",
        bytesRead: received.length,
        durationMs: elapsed(),
      });
    const stopWatch = watchDeadline(options.timeoutMs, options.signal, (end) =>
      finish({
        kind: end === "timeout" ? "silent" : "aborted",
        bytesRead: received.length,
        durationMs: elapsed(),
      }),
    );
    socket.on("data", onData);
    socket.once("end", onEnd);
    socket.once("close", onEnd);
    socket.once("error", onError);
    socket.resume();
  });
}
