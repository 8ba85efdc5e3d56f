import type { Socket } from "node:net";
import { Duplex } from "node:stream";

/** What the raw connection under a TLS handshake did, seen from below TLS. */
export interface SocketTap {
  /** Hand this to `tls.connect({ socket })`. */
  stream: Duplex;
  /** The first bytes the server sent (up to 16): `03 00` here means it answered TLS with plaintext RDP. */
  firstBytes(): Buffer;
  bytesReceived(): number;
  /** How the raw connection ended, if it did: the peer's FIN, or an error such as ECONNRESET. */
  ending(): { kind: "open" } | { kind: "closed" } | { kind: "error"; code: string };
}

const keptBytes = 16;

/**
 * Puts a Duplex between the TCP socket and TLS. When TLS gets a raw net.Socket it reads the handle natively
 * and nothing in JavaScript sees the server's bytes; through this Duplex we see them, which is the only way
 * to tell "the server sent plaintext RDP" from other TLS failures.
 */
export function tapSocket(socket: Socket, leftover: Buffer = Buffer.alloc(0)): SocketTap {
  let first = Buffer.alloc(0);
  let received = 0;
  let ending: ReturnType<SocketTap["ending"]> = { kind: "open" };

  const observe = (chunk: Buffer) => {
    received += chunk.length;
    if (first.length < keptBytes) first = Buffer.concat([first, chunk.subarray(0, keptBytes - first.length)]);
  };

  const stream = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      socket.write(chunk, (error) => callback(error ?? null));
    },
    final(callback) {
      socket.end(() => callback());
    },
    destroy(error, callback) {
      socket.destroy();
      callback(error);
    },
  });

  const onData = (chunk: Buffer) => {
    observe(chunk);
    if (!stream.push(chunk)) socket.pause();
  };
  socket.on("data", onData);
  socket.once("end", () => {
    if (ending.kind === "open") ending = { kind: "closed" };
    stream.push(null);
  });
  socket.once("error", (error: NodeJS.ErrnoException) => {
    ending = { kind: "error", code: error.code ?? "UNKNOWN" };
    stream.destroy(error);
  });
  socket.once("close", () => {
    if (ending.kind === "open") ending = { kind: "closed" };
    if (!stream.destroyed) stream.push(null);
  });
  if (leftover.length > 0) onData(leftover);

  return {
    stream,
    firstBytes: () => Buffer.from(first),
    bytesReceived: () => received,
    ending: () => ending,
  };
}
