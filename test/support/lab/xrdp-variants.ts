import type { LabCertificateName } from "./generate-certificates.js";

export interface XrdpVariant {
  securityLayer: "tls" | "rdp" | "negotiate";
  /** "missing" points xrdp at a file that does not exist: it then answers SSL_CERT_NOT_ON_SERVER. */
  certificate: LabCertificateName | "missing";
  sslProtocols?: string;
  tlsCiphers?: string;
}

const modern = "TLSv1.2, TLSv1.3";
// xrdp only offers TLS 1.0/1.1 (and RSA-1024 keys) under Debian's OpenSSL when the security level is 0.
const legacyCiphers = "DEFAULT:@SECLEVEL=0";

/** The xrdp configurations of knowledge/lab.md section 2.3; what each one answers is in section 2.4. */
export const xrdpVariants = {
  tls_valid: { securityLayer: "tls", certificate: "valid", sslProtocols: modern },
  tls_expired: { securityLayer: "tls", certificate: "expired", sslProtocols: modern },
  tls_wronghost: { securityLayer: "tls", certificate: "wrongHost", sslProtocols: modern },
  tls_sha1: { securityLayer: "tls", certificate: "sha1", sslProtocols: modern },
  // The server itself refuses its 1024-bit key: it selects SSL, then sends a plaintext disconnect.
  tls_rsa1024: { securityLayer: "tls", certificate: "rsa1024", sslProtocols: modern },
  tls_rsa1024_sl0: {
    securityLayer: "tls",
    certificate: "rsa1024",
    sslProtocols: modern,
    tlsCiphers: legacyCiphers,
  },
  rdp_only: { securityLayer: "rdp", certificate: "valid" },
  negotiate: { securityLayer: "negotiate", certificate: "valid", sslProtocols: modern },
  tls10_only: {
    securityLayer: "tls",
    certificate: "valid",
    sslProtocols: "TLSv1",
    tlsCiphers: legacyCiphers,
  },
  tls11_only: {
    securityLayer: "tls",
    certificate: "valid",
    sslProtocols: "TLSv1.1",
    tlsCiphers: legacyCiphers,
  },
  tls12_only: { securityLayer: "tls", certificate: "valid", sslProtocols: "TLSv1.2" },
  tls13_only: { securityLayer: "tls", certificate: "valid", sslProtocols: "TLSv1.3" },
  tls12_cbc_only: {
    securityLayer: "tls",
    certificate: "valid",
    sslProtocols: "TLSv1.2",
    tlsCiphers: "AES256-SHA",
  },
  // tls_ciphers only constrains TLS <= 1.2, so a real cipher mismatch needs TLS 1.3 switched off.
  tls12_camellia: {
    securityLayer: "tls",
    certificate: "valid",
    sslProtocols: "TLSv1.2",
    tlsCiphers: "CAMELLIA256-SHA",
  },
  tls_future: { securityLayer: "tls", certificate: "notYetValid", sslProtocols: modern },
  tls_ec: { securityLayer: "tls", certificate: "ec", sslProtocols: modern },
  tls_nocert: { securityLayer: "tls", certificate: "missing", sslProtocols: modern },
  neg_expired: { securityLayer: "negotiate", certificate: "expired", sslProtocols: modern },
} as const satisfies Record<string, XrdpVariant>;

export type XrdpVariantName = keyof typeof xrdpVariants;
export const xrdpVariantNames = Object.keys(xrdpVariants) as XrdpVariantName[];
