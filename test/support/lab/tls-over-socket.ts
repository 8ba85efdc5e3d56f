import type net from "node:net";
import tls from "node:tls";

export type TlsOutcome =
  | { kind: "established"; protocol: string | null; cipher: string; peerCertificate: tls.PeerCertificate }
  | { kind: "failed"; code: string }
  | { kind: "timeout" };

/**
 * Starts TLS on a socket that already finished the X.224 exchange (RDP does not accept TLS first) and
 * reports the outcome as a value. Always destroys the socket: these are one-shot smoke checks.
 */
export function tlsOverSocket(
  socket: net.Socket,
  timeoutMs: number,
  options: tls.ConnectionOptions = {},
): Promise<TlsOutcome> {
  return new Promise((resolve) => {
    const secure = tls.connect({ rejectUnauthorized: false, ...options, socket });
    const finish = (outcome: TlsOutcome) => {
      clearTimeout(timer);
      secure.destroy();
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), timeoutMs);
    secure.once("secureConnect", () => {
      // getPeerCertificate before any X509 call: Node 20 returns {} otherwise (knowledge/lab.md 2.5.6).
      const peerCertificate = secure.getPeerCertificate();
      const protocol = secure.getProtocol();
      finish({ kind: "established", protocol, cipher: secure.getCipher().name, peerCertificate });
    });
    secure.once("error", (error: NodeJS.ErrnoException) =>
      finish({ kind: "failed", code: error.code ?? error.message }),
    );
    secure.once("close", () => finish({ kind: "failed", code: "closed" }));
  });
}
