import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

/** 2012 R2's default list lacks the ECDHE_RSA GCM suites some clients and gateways insist on. */
const windows2012R2Build = 9600;

/** The cipher suite order policy and FIPS mode: can the RSA key of the Remote Desktop certificate be used? */
export function cipherFacts(report: ServerReport): ServerFact[] {
  const facts: ServerFact[] = [];
  const order = report.schannel.cipherSuiteOrder;
  if (order === null) {
    if (report.computer.build === windows2012R2Build)
      facts.push({
        id: "server.cipher-order-2012r2",
        detail: "Default cipher suites of Windows Server 2012 R2 (no ECDHE_RSA with AES-GCM)",
      });
    else
      facts.push({
        id: "server.cipher-order-default",
        detail: "The cipher suite order is the Windows default (no policy)",
      });
  } else if (!order.some(usableWithRsa)) {
    facts.push({
      id: "server.cipher-order-no-rsa",
      detail: `The cipher suite policy lists ${order.length} suites, none usable with the RSA key of the Remote Desktop certificate`,
    });
  } else {
    facts.push({
      id: "server.cipher-order-custom",
      detail: `A cipher suite order policy limits Schannel to ${order.length} suites`,
    });
  }
  if (report.schannel.fipsPolicy === true || report.listener.minEncryptionLevel === 4)
    facts.push({
      id: "server.fips",
      detail: "FIPS mode is on (FIPSAlgorithmPolicy or MinEncryptionLevel 4)",
    });
  return facts;
}

/** RSA key exchange or authentication, or a TLS 1.3 suite (which leaves the certificate's key type open). */
function usableWithRsa(suite: string): boolean {
  return /_RSA_/.test(suite) || /^TLS_(AES|CHACHA20)_/.test(suite);
}
