import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

/** The listener's certificate: in a store at all, inside its dates, named after this computer, key readable. */
export function certificateFacts(report: ServerReport): ServerFact[] {
  const cert = report.certificate;
  if (!cert) return [];
  if (cert.store === null)
    return [
      {
        id: "server.cert-missing",
        detail: `The listener uses certificate ${cert.thumbprint}, which is in neither the Remote Desktop nor the Personal store`,
      },
    ];
  const facts: ServerFact[] = [];
  const named = cert.subject ?? cert.thumbprint;
  const day = (iso: string) => iso.slice(0, 10);
  const collected = Date.parse(report.collectedAt);
  if (cert.notAfter !== null && Date.parse(cert.notAfter) < collected)
    facts.push({
      id: "server.cert-expired",
      detail: `The listener certificate (${named}) expired on ${day(cert.notAfter)}`,
    });
  else if (cert.notBefore !== null && Date.parse(cert.notBefore) > collected)
    facts.push({
      id: "server.cert-not-yet-valid",
      detail: `The listener certificate (${named}) is valid only from ${day(cert.notBefore)}; the server clock or the certificate is wrong`,
    });
  else if (cert.notAfter !== null)
    facts.push({
      id: "server.cert-valid",
      detail: `The listener certificate is valid until ${day(cert.notAfter)}`,
    });

  const names = [subjectCommonName(cert.subject), ...cert.dnsNames].filter(
    (n): n is string => n !== undefined,
  );
  if (names.length > 0) {
    if (names.some((n) => namesThisComputer(n, report.computer.name, report.computer.domain)))
      facts.push({
        id: "server.cert-name-matches",
        detail: `The listener certificate names this computer (${report.computer.name})`,
      });
    else
      facts.push({
        id:
          cert.subject !== null && cert.subject === cert.issuer
            ? "server.cert-name-stale"
            : "server.cert-name-other",
        detail: `The listener certificate is issued to ${names.join(", ")}, but the computer is ${report.computer.name}`,
      });
  }

  if (cert.keyAccess === "network-service-can-read")
    facts.push({
      id: "server.cert-key-readable",
      detail: "NETWORK SERVICE can read the certificate's private key",
    });
  else if (cert.keyAccess !== null)
    facts.push({ id: "server.cert-key-unusable", detail: keyProblem[cert.keyAccess] });
  return facts;
}

const keyProblem = {
  "network-service-cannot-read":
    "NETWORK SERVICE (Remote Desktop Services) may not read the certificate's private key file",
  "no-private-key":
    "The listener certificate has no usable private key (Windows says the keyset does not exist)",
  "key-file-missing":
    "The listener certificate's private key file is missing from MachineKeys / Crypto\\Keys",
} as const;

function subjectCommonName(subject: string | null): string | undefined {
  return subject === null ? undefined : /(?:^|,\s*)CN=([^,]+)/i.exec(subject)?.[1]?.trim();
}

/** The short name, the full name, or a wildcard over the computer's domain. */
function namesThisComputer(name: string, computer: string, domain: string | null): boolean {
  const n = name.toLowerCase();
  const short = computer.toLowerCase();
  const full = domain ? `${short}.${domain.toLowerCase()}` : undefined;
  return (
    n === short ||
    n === full ||
    n.split(".")[0] === short ||
    (domain !== null && n === `*.${domain.toLowerCase()}`)
  );
}
