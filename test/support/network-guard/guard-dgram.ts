import dgram from "node:dgram";
import { isLoopbackHost } from "./is-loopback-host.js";
import { refuseNetwork } from "./network-violations.js";

type Callback = (error: Error | null) => void;

/**
 * Fails the attempt as dgram itself would: through the callback when there is one, else as an `error`
 * event. A name other than `localhost` is refused outright rather than resolved.
 */
function refuse(socket: dgram.Socket, address: string, callback: unknown): void {
  const error = refuseNetwork(address);
  process.nextTick(() =>
    typeof callback === "function" ? (callback as Callback)(error) : socket.emit("error", error),
  );
}

/** UDP: `connect(port, address?)` and `send` to an explicit address. Without one, dgram uses loopback. */
export function guardDgram(): void {
  const { connect, send } = dgram.Socket.prototype;
  dgram.Socket.prototype.connect = function guardedConnect(this: dgram.Socket, ...args: unknown[]) {
    const [, address, callback] = args;
    if (typeof address === "string" && !isLoopbackHost(address)) return refuse(this, address, callback);
    return Reflect.apply(connect, this, args);
  } as typeof connect;
  dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    // Mirrors dgram's own argument shuffle: (msg, offset, length, port, address, cb) or (msg, port, address, cb).
    const withOffset = args[4] !== undefined || (args[3] !== undefined && typeof args[3] !== "function");
    const address = withOffset ? args[4] : args[2];
    if (typeof address === "string" && !isLoopbackHost(address)) {
      return refuse(
        this,
        address,
        args.find((arg) => typeof arg === "function"),
      );
    }
    return Reflect.apply(send, this, args);
  } as typeof send;
}
