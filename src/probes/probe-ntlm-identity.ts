import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { connect as tlsConnect } from "node:tls";
import { buildNtlmNegotiate } from "./build-ntlm-negotiate.js";
import { buildTsRequest } from "./build-ts-request.js";
import { hexPrefix } from "./hex-prefix.js";
import { negotiateX224 } from "./negotiate-x224.js";
import type { NtlmOutcome } from "./ntlm-outcome.js";
import { parseNtlmChallenge } from "./parse-ntlm-challenge.js";
import { parseTsRequest } from "./parse-ts-request.js";
import { tapSocket } from "./tap-socket.js";
import type { TlsTarget } from "./tls-attempt.js";
import { permissiveCiphers } from "./tls-version-sweep.js";
import { watchDeadline } from "./watch-deadline.js";

/**
 * Where to ask, as for any TLS attempt; `requestedProtocols` must be a set this server answered with HYBRID
 * or HYBRID_EX, and `timeoutMs` bounds the connect, the confirm and, together, the TLS handshake and the
 * server's answer.
 */
export interface NtlmIdentityRequest extends TlsTarget {
  cookie?: string;
  now: () => Date;
}

/**
 * On a fresh connection: X.224, TLS, then a CredSSP TSRequest with an NTLM NEGOTIATE; reads the server's
 * CHALLENGE, which names the server and carries its build and clock, and hangs up without authenticating.
 * A connection of its own keeps the TLS step a plain handshake, and Windows answers this in one round trip.
 */
export async function probeNtlmIdentity(request: NtlmIdentityRequest): Promise<NtlmOutcome> {
  const negotiation = await negotiateX224({ ...request, keepTlsSocket: true });
  const handover = negotiation.handover;
  if (handover === undefined) {
    return negotiation.outcome.kind === "aborted"
      ? { kind: "aborted", durationMs: 0 }
      : { kind: "not-negotiated", negotiation: negotiation.outcome };
  }
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const servername = request.host.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  const tls = tlsConnect({
    socket: tapSocket(handover.socket, handover.leftover).stream,
    rejectUnauthorized: false,
    minVersion: "TLSv1",
    ciphers: permissiveCiphers,
    ...(isIP(servername) === 0 && servername !== "" ? { servername } : {}),
  });
  return new Promise((resolve) => {
    let secured = false;
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: NtlmOutcome) => {
      if (settled) return;
      settled = true;
      stopWatch();
      for (const event of ["secureConnect", "data", "end", "close"]) tls.removeAllListeners(event);
      tls.on("error", () => {});
      tls.destroy();
      resolve(outcome);
    };
    const unreadable = (reason: string) =>
      finish({ kind: "unreadable", reason, firstBytes: hexPrefix(received), durationMs: elapsed() });
    const ended = (why: string) =>
      secured
        ? unreadable(
            received.length === 0 ? `the server ${why} without answering` : `the server ${why} mid-answer`,
          )
        : finish({
            kind: "tls-failed",
            message: `the server ${why} during the TLS handshake`,
            durationMs: elapsed(),
          });

    tls.once("secureConnect", () => {
      secured = true;
      tls.write(buildTsRequest(buildNtlmNegotiate()));
    });
    tls.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const reading = parseTsRequest(received);
      if (reading.kind === "incomplete") return;
      if (reading.kind === "unreadable") return unreadable(reading.reason);
      const { negoToken, errorCode } = reading.request;
      if (negoToken === null) {
        const code = errorCode === null ? "" : ` (errorCode 0x${errorCode.toString(16).padStart(8, "0")})`;
        return unreadable(`the server's TSRequest carries no NTLM token${code}`);
      }
      const challenge = parseNtlmChallenge(negoToken);
      if (challenge.kind === "unreadable") return unreadable(challenge.reason);
      const serverTime = challenge.identity.serverTime;
      finish({
        kind: "identified",
        identity: challenge.identity,
        clockOffsetMs: serverTime === null ? null : Date.parse(serverTime) - request.now().getTime(),
        durationMs: elapsed(),
      });
    });
    tls.once("error", (error: NodeJS.ErrnoException) => ended(`failed (${error.code ?? error.message})`));
    // Over the tap's stream a peer's FIN surfaces as "end"; "close" may never come.
    tls.once("end", () => ended("closed the connection"));
    tls.once("close", () => ended("closed the connection"));
    const stopWatch = watchDeadline(request.timeoutMs, request.signal, (end) =>
      end === "aborted"
        ? finish({ kind: "aborted", durationMs: elapsed() })
        : secured
          ? unreadable(`no complete answer within ${request.timeoutMs} ms`)
          : finish({
              kind: "tls-failed",
              message: `TLS did not complete within ${request.timeoutMs} ms`,
              durationMs: elapsed(),
            }),
    );
  });
}
