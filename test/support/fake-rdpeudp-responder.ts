import { createSocket, type Socket } from "node:dgram";

/**
 * `syn-ack`: answer each SYN with a well-formed SYN+ACK. `garbage`: answer with bytes that are not
 * RDPEUDP. `wrong-ack`: a SYN+ACK that acknowledges someone else's sequence number. `silent`: read, never answer.
 */
export type FakeRdpeudpMode = "syn-ack" | "garbage" | "wrong-ack" | "silent";

export interface FakeRdpeudpResponderOptions {
  mode?: FakeRdpeudpMode;
  host?: "127.0.0.1" | "::1";
  /** Ignore this many SYNs first, to exercise the client's retries. */
  ignoreFirst?: number;
  /** Answer without SYNDATAEX, as a version-1 server would. */
  version1?: boolean;
}

export interface FakeRdpeudpResponder {
  host: string;
  port: number;
  /** Every datagram received, in order. */
  received: Buffer[];
  close(): Promise<void>;
}

/** The sequence number the fake server announces in its SYN+ACK. */
export const fakeServerSequenceNumber = 0x5e1f5e1f;

/**
 * A loopback UDP server for the RDPEUDP probe's code paths. It is a fixture, not a protocol
 * implementation: it looks at the SYN flag and the client's sequence number and nothing else. The bytes
 * are written here by hand from MS-RDPEUDP, not with the code under test, so a shared mistake cannot hide.
 */
export async function startFakeRdpeudpResponder(
  options: FakeRdpeudpResponderOptions = {},
): Promise<FakeRdpeudpResponder> {
  const { mode = "syn-ack", host = "127.0.0.1", ignoreFirst = 0, version1 = false } = options;
  const socket: Socket = createSocket(host === "::1" ? "udp6" : "udp4");
  const received: Buffer[] = [];
  socket.on("message", (datagram, peer) => {
    received.push(datagram);
    const isSyn = datagram.length >= 16 && (datagram.readUInt16BE(6) & 0x0001) !== 0;
    if (mode === "silent" || !isSyn || received.length <= ignoreFirst) return;
    const reply =
      mode === "garbage" ? Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n") : synAck(datagram, mode, version1);
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(0, host, () => resolve());
  });
  return {
    host,
    port: socket.address().port,
    received,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

function synAck(syn: Buffer, mode: "syn-ack" | "wrong-ack", version1: boolean): Buffer {
  const clientSequenceNumber = syn.readUInt32BE(8);
  const reply = Buffer.alloc(1232);
  // RDPUDP_FEC_HEADER: snSourceAck = the client's ISN, uReceiveWindowSize, uFlags SYN|ACK (+SYNEX).
  reply.writeUInt32BE(mode === "wrong-ack" ? (clientSequenceNumber + 1) >>> 0 : clientSequenceNumber, 0);
  reply.writeUInt16BE(64, 4);
  reply.writeUInt16BE(version1 ? 0x0005 : 0x1005, 6);
  // RDPUDP_SYNDATA_PAYLOAD: the server's ISN and the MTUs.
  reply.writeUInt32BE(fakeServerSequenceNumber, 8);
  reply.writeUInt16BE(1232, 12);
  reply.writeUInt16BE(1232, 14);
  // RDPUDP_SYNDATAEX_PAYLOAD: VERSION_INFO_VALID, version 2.
  if (!version1) {
    reply.writeUInt16BE(0x0001, 16);
    reply.writeUInt16BE(0x0002, 18);
  }
  return reply;
}
