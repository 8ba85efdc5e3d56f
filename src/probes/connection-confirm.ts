import type { NegotiationFailureReason } from "./negotiation-failure.js";

/** Why bytes framed as TPKT are still not a usable Connection Confirm. */
export type MalformedConfirmProblem =
  | "tpkt-length-invalid"
  | "tpkt-too-long"
  | "length-indicator-invalid"
  | "not-connection-confirm"
  | "negotiation-data-invalid";

/** What the server answered to an X.224 Connection Request. */
export type ConnectionConfirm =
  /** RDP_NEG_RSP: the server picked a protocol. */
  | { kind: "response"; selectedProtocol: number; flags: number }
  /** RDP_NEG_FAILURE: the server refused every requested protocol. */
  | { kind: "failure"; code: number; reason: NegotiationFailureReason | "unknown" }
  /** An 11-byte confirm without negotiation data: a server older than Windows Server 2008. */
  | { kind: "legacy" }
  /** The first bytes are not TPKT: something other than RDP listens here. */
  | { kind: "not-rdp"; firstBytes: string }
  /** TPKT framing, but not a Connection Confirm we can read. `tpduCode` is set for other TPDU types. */
  | { kind: "malformed"; problem: MalformedConfirmProblem; firstBytes: string; tpduCode?: number };

export type ConfirmParse =
  | { kind: "incomplete" }
  /** `consumed` is how many bytes belong to the confirm; what follows is the server's next data. */
  | { kind: "complete"; confirm: ConnectionConfirm; consumed: number };
