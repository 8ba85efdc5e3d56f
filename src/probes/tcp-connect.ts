import { isIP, connect as netConnect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { watchDeadline } from "./watch-deadline.js";

export interface TcpConnectOptions {
  /** An IP literal: the policy was checked on the resolved address, so nothing here may resolve a name. */
  address: string;
  port: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type TcpFailure =
  | { kind: "refused" | "unreachable" | "reset" | "error"; code: string; durationMs: number }
  | { kind: "timeout" | "aborted"; durationMs: number };

export type TcpConnectResult = { kind: "open"; socket: Socket; durationMs: number } | TcpFailure;

/** Opens a TCP connection; every network outcome is a result, never an exception. */
export function tcpConnect(options: TcpConnectOptions): Promise<TcpConnectResult> {
  const { address, port, timeoutMs, signal } = options;
  if (isIP(address) === 0) {
    throw Object.assign(new TypeError(`tcpConnect needs an IP address, got "${address}"`), {
      code: "PROBE_ADDRESS_NOT_IP",
    });
  }
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const socket = netConnect({ host: address, port });
    // A hostile or flaky peer can emit an error at any time, even after the caller took the socket;
    // an 'error' without a listener would crash the process.
    socket.on("error", () => {});
    const finish = (result: TcpConnectResult) => {
      stopWatch();
      socket.off("connect", onConnect);
      socket.off("error", onError);
      if (result.kind !== "open") socket.destroy();
      resolve(result);
    };
    const onConnect = () => {
      socket.setNoDelay(true);
      finish({ kind: "open", socket, durationMs: elapsed() });
    };
    const onError = (error: NodeJS.ErrnoException) => finish(classifyConnectError(error, elapsed()));
    const stopWatch = watchDeadline(timeoutMs, signal, (end) => finish({ kind: end, durationMs: elapsed() }));
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

function classifyConnectError(error: NodeJS.ErrnoException, durationMs: number): TcpFailure {
  const code = error.code ?? "UNKNOWN";
  switch (code) {
    case "ECONNREFUSED":
      return { kind: "refused", code, durationMs };
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return { kind: "unreachable", code, durationMs };
    case "ECONNRESET":
      return { kind: "reset", code, durationMs };
    case "ETIMEDOUT":
      return { kind: "timeout", durationMs };
    default:
      return { kind: "error", code, durationMs };
  }
}
