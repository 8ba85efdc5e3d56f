import { assertNever } from "./assert-never.js";
import type { TlsAttemptOutcome } from "./tls-attempt.js";

/** One line for a TLS attempt, as a step summary or a finding detail shows it. */
export function describeTlsOutcome(outcome: TlsAttemptOutcome): string {
  switch (outcome.kind) {
    case "established":
      return `${outcome.version} ${outcome.cipher} in ${outcome.durationMs} ms`;
    case "failed":
      switch (outcome.reason) {
        case "server-plaintext":
          return `the server answered the TLS ClientHello with plaintext RDP (${outcome.firstBytes}) and closed: its TLS certificate or settings are unusable`;
        case "alert":
          return `the server refused the handshake (${outcome.code})`;
        case "reset":
          return `the server reset the connection during the handshake (${outcome.code})`;
        case "closed":
          return "the server closed the connection without answering the handshake";
        case "protocol":
          return `the handshake failed (${outcome.code})`;
        default:
          return assertNever(outcome.reason);
      }
    case "stalled":
      return `no TLS answer within ${outcome.durationMs} ms (${outcome.bytesReceived} bytes received) although TCP and negotiation worked`;
    case "aborted":
      return "cancelled";
    case "not-negotiated":
      return "the server did not select TLS on this connection";
    default:
      return assertNever(outcome);
  }
}
