import {
  type Answer,
  type CertificateClaim,
  sortedVersions,
  type TlsVersion,
  type ToolAnswers,
} from "./bench-facts.js";

const versionLine = /^TLSv1\.([0-3])\s+(enabled|disabled)\s*$/;
const validityLine =
  /^\s*Not valid (before|after):\s+(\w{3})\s+(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT\s*$/;
const noCertificate = "Certificate information cannot be retrieved.";
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Reads `sslscan --no-colour --rdp --show-certificate` (2.0.7). It speaks TLS after an X.224 request and
 * reports TLS only: it says nothing about RDP security or CredSSP, and it flags expiry only with colour.
 */
export function parseSslscanOutput(stdout: string): ToolAnswers {
  const lines = stdout.split("\n");
  return {
    protocols: {
      kind: "no-answer",
      detail: "sslscan reports TLS only, nothing about RDP security or CredSSP",
    },
    versions: readVersions(lines),
    certificate: readCertificate(lines),
  };
}

function readVersions(lines: readonly string[]): Answer<TlsVersion[]> {
  const seen = new Map<TlsVersion, boolean>();
  for (const line of lines) {
    const match = versionLine.exec(line);
    if (match) seen.set(`1.${match[1]}` as TlsVersion, match[2] === "enabled");
  }
  const printed = [...seen.entries()].map(([version, on]) => `TLSv${version} ${on ? "enabled" : "disabled"}`);
  // A table cut short (the scan hung and was killed) is not a claim about the versions it never reached.
  if (seen.size < 4) {
    return { kind: "no-answer", detail: `protocol table incomplete: ${printed.join(", ") || "nothing"}` };
  }
  const enabled = [...seen.entries()].filter(([, on]) => on).map(([version]) => version);
  return { kind: "claims", value: sortedVersions(enabled), detail: printed.join(", ") };
}

function readCertificate(lines: readonly string[]): Answer<CertificateClaim> {
  if (lines.some((line) => line.trim() === noCertificate)) {
    return { kind: "claims", value: { kind: "none" }, detail: noCertificate };
  }
  // The full and the short certificate sections both print the dates; the last of each wins.
  let notBefore: string | undefined;
  let notAfter: string | undefined;
  for (const line of lines) {
    const match = validityLine.exec(line);
    if (!match) continue;
    const [, which, month = "", day, hours, minutes, seconds, year] = match;
    const monthIndex = months.indexOf(month);
    if (monthIndex < 0) continue;
    const time = Date.UTC(
      Number(year),
      monthIndex,
      Number(day),
      Number(hours),
      Number(minutes),
      Number(seconds),
    );
    if (which === "before") notBefore = new Date(time).toISOString();
    else notAfter = new Date(time).toISOString();
  }
  if (notBefore === undefined || notAfter === undefined) {
    return { kind: "no-answer", detail: "no certificate section" };
  }
  return {
    kind: "claims",
    value: { kind: "dates", notBefore, notAfter },
    detail: `Not valid before ${notBefore}, after ${notAfter}`,
  };
}
