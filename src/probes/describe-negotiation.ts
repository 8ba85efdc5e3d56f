import { assertNever } from "./assert-never.js";
import type { NegotiationOutcome } from "./negotiate-x224.js";
import { negotiationFailureConstants } from "./negotiation-failure.js";
import { hex32, isKnownSelection, rdpProtocolName } from "./rdp-protocol.js";

/** One line for what the server answered to one Connection Request. */
export function describeNegotiation(outcome: NegotiationOutcome): string {
  switch (outcome.kind) {
    case "tcp-failed":
      return outcome.tcp.kind === "reset"
        ? `the server accepted the TCP connection and reset it at once (${outcome.tcp.code})`
        : `TCP connection ${outcome.tcp.kind}${"code" in outcome.tcp ? ` (${outcome.tcp.code})` : ""}`;
    case "answered": {
      const confirm = outcome.confirm;
      switch (confirm.kind) {
        case "response": {
          const flags = `flags 0x${confirm.flags.toString(16)}`;
          return isKnownSelection(confirm.selectedProtocol)
            ? `server selected ${rdpProtocolName(confirm.selectedProtocol)} (${flags})`
            : `server selected an unknown protocol ${hex32(confirm.selectedProtocol)} (${rdpProtocolName(confirm.selectedProtocol)}, ${flags})`;
        }
        case "failure":
          return confirm.reason === "unknown"
            ? `server refused with unknown failure code ${confirm.code}`
            : `server refused: ${negotiationFailureConstants[confirm.reason]} (${confirm.code})`;
        case "legacy":
          return "server sent a confirm without negotiation data (pre-2008 RDP server)";
        case "not-rdp":
          return `the answer is not RDP (first bytes ${confirm.firstBytes})`;
        case "malformed":
          return `the answer is not a valid X.224 confirm: ${confirm.problem} (first bytes ${confirm.firstBytes})`;
        default:
          return assertNever(confirm);
      }
    }
    case "silent":
      return outcome.bytesRead === 0
        ? `no answer within ${outcome.durationMs} ms`
        : `an incomplete answer (${outcome.bytesRead} bytes) within ${outcome.durationMs} ms`;
    case "closed":
      return `the server closed the connection without a confirm after ${outcome.bytesRead} bytes`;
    case "reset":
      return `the server reset the connection without a confirm (${outcome.code})`;
    case "aborted":
      return "cancelled";
    default:
      return assertNever(outcome);
  }
}
