/** RDP_NEG_FAILURE failureCode values (MS-RDPBCGR 2.2.1.2.2), as kebab-case names. */
export const negotiationFailures = {
  1: "ssl-required",
  2: "ssl-not-allowed",
  3: "ssl-cert-not-on-server",
  4: "inconsistent-flags",
  5: "hybrid-required",
  6: "ssl-with-user-auth-required",
} as const;

export type NegotiationFailureReason = (typeof negotiationFailures)[keyof typeof negotiationFailures];

/** The names Microsoft documents, for details a Windows admin can search for. */
export const negotiationFailureConstants: Record<NegotiationFailureReason, string> = {
  "ssl-required": "SSL_REQUIRED_BY_SERVER",
  "ssl-not-allowed": "SSL_NOT_ALLOWED_BY_SERVER",
  "ssl-cert-not-on-server": "SSL_CERT_NOT_ON_SERVER",
  "inconsistent-flags": "INCONSISTENT_FLAGS",
  "hybrid-required": "HYBRID_REQUIRED_BY_SERVER",
  "ssl-with-user-auth-required": "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
};

export function negotiationFailureReason(code: number): NegotiationFailureReason | "unknown" {
  return code in negotiationFailures
    ? negotiationFailures[code as keyof typeof negotiationFailures]
    : "unknown";
}
