import { type AddressInfo, createServer, type Socket } from "node:net";
import { createSecureContext, type SecureContext, type SecureVersion, TLSSocket } from "node:tls";
import {
  confirmBytes,
  legacyConfirm,
  mcsDisconnectUltimatum,
  requestedProtocolsOf,
} from "../../src/demo/fake-x224-bytes.js";

/** How the fake answers a Connection Request. */
export type ConfirmBehaviour =
  | { kind: "select"; protocol: number; flags?: number }
  | { kind: "fail"; code: number }
  /** The 11-byte confirm of a pre-2008 server. */
  | { kind: "legacy" }
  /** Any bytes, for garbage or hand-made confirms; the connection stays open afterwards. */
  | { kind: "bytes"; bytes: Buffer }
  | { kind: "silence" }
  | { kind: "reset" }
  | { kind: "close" }
  /** Streams `chunk` for as long as the client reads, like a hostile or confused server. */
  | { kind: "endless"; chunk?: Buffer };

/** What the fake does once it has sent a confirm that selects a protocol. */
export type AfterConfirm =
  | {
      kind: "tls";
      keyPem: string;
      certPem: string;
      minVersion?: SecureVersion;
      maxVersion?: SecureVersion;
      ciphers?: string;
    }
  /** xrdp with an unusable certificate: on the ClientHello, an MCS Disconnect Provider Ultimatum in plaintext. */
  | { kind: "plaintext-disconnect" }
  | { kind: "reset" }
  | { kind: "close" }
  /** Reads the ClientHello and never answers: a black-holed path or a middlebox. */
  | { kind: "silence" }
  /** NLA: TLS, then `answer` to the client's first CredSSP TSRequest (a TSRequest, or any bytes at all). */
  | { kind: "credssp"; keyPem: string; certPem: string; answer: Buffer | "silence" | "close" };

export interface FakeRdpServerOptions {
  /** Called with the requestedProtocols of each Connection Request (null: the request had no RDP_NEG_REQ). */
  confirm: (requestedProtocols: number | null) => ConfirmBehaviour;
  /** Default: close. */
  afterConfirm?: AfterConfirm;
}

export interface FakeRdpServer {
  address: "127.0.0.1";
  port: number;
  /** requestedProtocols of every Connection Request received, in arrival order. */
  requests: Array<number | null>;
  /** What each CredSSP connection sent inside TLS, one Buffer per connection (afterConfirm credssp). */
  credssp: Buffer[];
  /** Connections accepted and not yet closed. */
  openConnections(): number;
  /** What later connections get after the confirm, as when an admin fixes the server between two probes. */
  reconfigure(afterConfirm: AfterConfirm): void;
  close(): Promise<void>;
}

type Continuation =
  | Exclude<AfterConfirm, { kind: "tls" | "credssp" }>
  | { kind: "tls-context"; context: SecureContext }
  | { kind: "credssp-context"; context: SecureContext; answer: Buffer | "silence" | "close"; seen: Buffer[] };

/** A loopback RDP listener whose every answer a test chooses. */
export async function startFakeRdpServer(options: FakeRdpServerOptions): Promise<FakeRdpServer> {
  const sockets = new Set<Socket>();
  const requests: Array<number | null> = [];
  const credssp: Buffer[] = [];
  let after = prepare(options.afterConfirm ?? { kind: "close" }, credssp);
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < received.readUInt16BE(2)) return;
      socket.off("data", onData);
      socket.pause();
      const requested = requestedProtocolsOf(received.subarray(0, received.readUInt16BE(2)));
      requests.push(requested);
      answer(socket, options.confirm(requested), after);
    };
    socket.on("data", onData);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: "127.0.0.1",
    port: (server.address() as AddressInfo).port,
    requests,
    credssp,
    openConnections: () => sockets.size,
    reconfigure: (afterConfirm) => {
      after = prepare(afterConfirm, credssp);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Builds the TLS context once, at start-up, so a certificate OpenSSL refuses fails the test's set-up. */
function prepare(after: AfterConfirm, seen: Buffer[]): Continuation {
  if (after.kind === "credssp") {
    const context = createSecureContext({ key: after.keyPem, cert: after.certPem });
    return { kind: "credssp-context", context, answer: after.answer, seen };
  }
  if (after.kind !== "tls") return after;
  const { keyPem, certPem, kind: _kind, ...settings } = after;
  return { kind: "tls-context", context: createSecureContext({ key: keyPem, cert: certPem, ...settings }) };
}

function answer(socket: Socket, behaviour: ConfirmBehaviour, after: Continuation): void {
  switch (behaviour.kind) {
    case "select":
      socket.write(confirmBytes(0x02, behaviour.flags ?? 0, behaviour.protocol));
      continueAfterConfirm(socket, after);
      break;
    case "fail":
      socket.end(confirmBytes(0x03, 0, behaviour.code));
      break;
    case "legacy":
      socket.write(legacyConfirm);
      break;
    case "bytes":
      socket.write(behaviour.bytes);
      break;
    case "silence":
      socket.resume();
      break;
    case "reset":
      socket.resetAndDestroy();
      break;
    case "close":
      socket.end();
      break;
    case "endless":
      streamForever(socket, behaviour.chunk ?? Buffer.alloc(16 * 1024, 0x41));
      break;
  }
}

function continueAfterConfirm(socket: Socket, after: Continuation): void {
  if (after.kind === "tls-context") {
    const tls = new TLSSocket(socket, { isServer: true, secureContext: after.context });
    tls.on("error", () => socket.destroy());
    return;
  }
  if (after.kind === "credssp-context") {
    answerCredssp(new TLSSocket(socket, { isServer: true, secureContext: after.context }), after);
    return;
  }
  socket.once("data", () => {
    if (after.kind === "plaintext-disconnect") socket.end(mcsDisconnectUltimatum);
    else if (after.kind === "reset") socket.resetAndDestroy();
    else if (after.kind === "close") socket.end();
    else socket.on("data", () => {});
  });
  socket.resume();
}

/**
 * Records what the client sends inside TLS and answers its first chunk, once. Handshake-only connections (the
 * TLS sweeps) send nothing inside TLS, so they leave no record.
 */
function answerCredssp(tls: TLSSocket, after: Extract<Continuation, { kind: "credssp-context" }>): void {
  let index: number | null = null;
  tls.on("error", () => tls.destroy());
  tls.on("data", (chunk: Buffer) => {
    if (index !== null) {
      after.seen[index] = Buffer.concat([after.seen[index] ?? Buffer.alloc(0), chunk]);
      return;
    }
    index = after.seen.push(chunk) - 1;
    if (after.answer === "close") tls.end();
    else if (after.answer !== "silence") tls.write(after.answer);
  });
}

/** Writes until the client stops reading (the kernel buffers fill), then again on each drain. */
function streamForever(socket: Socket, chunk: Buffer): void {
  const pump = () => {
    while (!socket.destroyed && socket.writable) {
      if (!socket.write(chunk)) {
        socket.once("drain", pump);
        return;
      }
    }
  };
  pump();
}
