import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { type SecureVersion, type TLSSocket, connect as tlsConnect } from "node:tls";
import { hexPrefix } from "./hex-prefix.js";
import type { NegotiatedSocket } from "./negotiate-x224.js";
import { tapSocket } from "./tap-socket.js";
import type { TlsFailureReason, TlsOutcome } from "./tls-outcome.js";
import { watchDeadline } from "./watch-deadline.js";

export interface TlsSettings {
  minVersion: SecureVersion;
  maxVersion: SecureVersion;
  ciphers?: string;
}

export interface StartTlsOptions {
  /** The name the user asked for: sent as SNI when it is a name. */
  host: string;
  settings: TlsSettings;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Runs the TLS handshake on a negotiated RDP connection, then closes it. Never throws for a network outcome. */
export function startTls(negotiated: NegotiatedSocket, options: StartTlsOptions): Promise<TlsOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const tap = tapSocket(negotiated.socket, negotiated.leftover);
  const servername = options.host.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  let tls: TLSSocket;
  try {
    tls = tlsConnect({
      socket: tap.stream,
      rejectUnauthorized: false,
      minVersion: options.settings.minVersion,
      maxVersion: options.settings.maxVersion,
      ...(options.settings.ciphers === undefined ? {} : { ciphers: options.settings.ciphers }),
      // RFC 6066 forbids IP literals in SNI.
      ...(isIP(servername) === 0 && servername !== "" ? { servername } : {}),
    });
  } catch (error) {
    // Only a cipher string this OpenSSL cannot use gets here: a setup problem, not a server fault.
    negotiated.socket.destroy();
    throw Object.assign(new Error(`TLS settings rejected by this Node/OpenSSL: ${String(error)}`), {
      code: "PROBE_TLS_SETTINGS",
      cause: error,
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: TlsOutcome) => {
      if (settled) return;
      settled = true;
      stopWatch();
      tls.removeAllListeners("secureConnect");
      tls.on("error", () => {});
      tls.destroy();
      resolve(outcome);
    };
    const fail = (error: NodeJS.ErrnoException) =>
      finish({
        kind: "failed",
        reason: failureReason(error, tap),
        code: error.code ?? "UNKNOWN",
        message: error.message,
        firstBytes: hexPrefix(tap.firstBytes()),
        durationMs: elapsed(),
      });
    tls.once("secureConnect", () => finish(established(tls, elapsed())));
    tls.once("error", fail);
    // Node reports an early close as an error; this covers a close that comes without one.
    tls.once("close", () =>
      fail(Object.assign(new Error("connection closed during the handshake"), { code: "ECONNRESET" })),
    );
    const stopWatch = watchDeadline(options.timeoutMs, options.signal, (end) =>
      finish(
        end === "timeout"
          ? { kind: "stalled", bytesReceived: tap.bytesReceived(), durationMs: elapsed() }
          : { kind: "aborted", durationMs: elapsed() },
      ),
    );
  });
}

function established(tls: TLSSocket, durationMs: number): TlsOutcome {
  // Node 20: calling getPeerX509Certificate() first makes getPeerCertificate() return {}; use only this one.
  const peer = tls.getPeerCertificate(true);
  const raw: unknown = peer?.raw;
  const cipher = tls.getCipher();
  const authorizationError = tls.authorizationError === null ? undefined : String(tls.authorizationError);
  return {
    kind: "established",
    version: tls.getProtocol() ?? "unknown",
    cipher: cipher.standardName ?? cipher.name,
    durationMs,
    ...(Buffer.isBuffer(raw) && raw.length > 0 ? { certificateDer: Buffer.from(raw) } : {}),
    ...(authorizationError === undefined ? {} : { authorizationError }),
  };
}

function failureReason(error: NodeJS.ErrnoException, tap: ReturnType<typeof tapSocket>): TlsFailureReason {
  const first = tap.firstBytes();
  if (first[0] === 0x03 && (first.length < 2 || first[1] === 0x00)) return "server-plaintext";
  const ending = tap.ending();
  if (ending.kind === "error") return "reset";
  if (/ALERT/.test(error.code ?? "")) return "alert";
  if (ending.kind === "closed" && first.length === 0) return "closed";
  return "protocol";
}
