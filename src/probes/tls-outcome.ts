/** Why a TLS handshake ended without a session. */
export type TlsFailureReason =
  /** The server answered the ClientHello with a plaintext TPKT: its own TLS credential or settings are unusable. */
  | "server-plaintext"
  /** The server sent a TLS alert (protocol_version, handshake_failure...). */
  | "alert"
  | "reset"
  /** The server closed the connection without an alert. */
  | "closed"
  /** Anything else OpenSSL refused: a version outside our range, bytes that are not TLS. */
  | "protocol";

export type TlsOutcome =
  | {
      kind: "established";
      version: string;
      cipher: string;
      durationMs: number;
      /** DER of the server certificate; absent only if the server sent none. */
      certificateDer?: Buffer;
      /** Node's verdict, for the record; we judge dates and names ourselves. */
      authorizationError?: string;
    }
  | {
      kind: "failed";
      reason: TlsFailureReason;
      code: string;
      message: string;
      firstBytes: string;
      durationMs: number;
    }
  /** TCP and negotiation went fine but the handshake never finished: MTU black hole or a middlebox. */
  | { kind: "stalled"; bytesReceived: number; durationMs: number }
  | { kind: "aborted"; durationMs: number };
