import path from "node:path";
import { requireTool } from "./require-tool.js";
import { runCommand } from "./run-command.js";
import { selfSignWithDates } from "./self-sign-with-dates.js";

export const labCertificateNames = [
  "valid",
  "expired",
  "notYetValid",
  "wrongHost",
  "sha1",
  "rsa1024",
  "ec",
] as const;
export type LabCertificateName = (typeof labCertificateNames)[number];

export interface LabCertificate {
  certPath: string;
  keyPath: string;
}
export type LabCertificates = Record<LabCertificateName, LabCertificate>;

export const labHostName = "rdp-lab.local";
export const otherHostName = "some-other-host.example";

interface CertificateSpec {
  newKey: readonly string[];
  digest: "-sha256" | "-sha1";
  hostName: string;
  /** Exact validity in `openssl ca` format; without it the certificate is valid from now for 365 days. */
  dates?: { start: string; end: string };
}

const rsa2048 = ["-newkey", "rsa:2048"];
const specs: Record<LabCertificateName, CertificateSpec> = {
  valid: { newKey: rsa2048, digest: "-sha256", hostName: labHostName },
  expired: {
    newKey: rsa2048,
    digest: "-sha256",
    hostName: labHostName,
    dates: { start: "20200101000000Z", end: "20210101000000Z" },
  },
  notYetValid: {
    newKey: rsa2048,
    digest: "-sha256",
    hostName: labHostName,
    dates: { start: "20350101000000Z", end: "20360101000000Z" },
  },
  wrongHost: { newKey: rsa2048, digest: "-sha256", hostName: otherHostName },
  sha1: { newKey: rsa2048, digest: "-sha1", hostName: labHostName },
  rsa1024: { newKey: ["-newkey", "rsa:1024"], digest: "-sha256", hostName: labHostName },
  ec: {
    newKey: ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"],
    digest: "-sha256",
    hostName: labHostName,
  },
};

// The lab name plus localhost and 127.0.0.1, so a client connecting by IP can still match the certificate.
function altNames(hostName: string): string {
  return hostName === labHostName ? `DNS:${labHostName},DNS:localhost,IP:127.0.0.1` : `DNS:${hostName}`;
}

export function labCertificatePaths(dir: string, name: LabCertificateName): LabCertificate {
  return { certPath: path.join(dir, `${name}.crt`), keyPath: path.join(dir, `${name}.key`) };
}

async function generateOne(dir: string, name: LabCertificateName): Promise<void> {
  const spec = specs[name];
  const { certPath, keyPath } = labCertificatePaths(dir, name);
  const subject = ["-subj", `/CN=${spec.hostName}`, "-addext", `subjectAltName=${altNames(spec.hostName)}`];
  if (spec.dates) {
    await selfSignWithDates({
      dir,
      name,
      newKey: spec.newKey,
      subject,
      dates: spec.dates,
      certPath,
      keyPath,
    });
    return;
  }
  const output = ["-keyout", keyPath, "-out", certPath];
  await runCommand("openssl", [
    "req",
    "-x509",
    "-nodes",
    "-days",
    "365",
    ...spec.newKey,
    spec.digest,
    ...subject,
    ...output,
  ]);
}

/**
 * Generates lab certificates into `dir` (a fresh temp dir) with the openssl CLI, all in parallel. Only the
 * ones asked for are made, so a test that needs one does not pay for seven (pass `labCertificateNames` for all).
 */
export async function generateCertificates<Name extends LabCertificateName>(
  dir: string,
  names: readonly Name[],
): Promise<Record<Name, LabCertificate>> {
  requireTool("openssl", "openssl");
  await Promise.all(names.map((name) => generateOne(dir, name)));
  return Object.fromEntries(names.map((name) => [name, labCertificatePaths(dir, name)])) as Record<
    Name,
    LabCertificate
  >;
}
