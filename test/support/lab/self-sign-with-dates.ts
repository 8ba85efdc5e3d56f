import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCommand } from "./run-command.js";

export interface DatedCertificateRequest {
  dir: string;
  name: string;
  /** `-newkey ...` arguments for openssl req. */
  newKey: readonly string[];
  /** `-subj ... -addext subjectAltName=...` arguments for openssl req. */
  subject: readonly string[];
  /** OpenSSL ca time format, e.g. 20200101000000Z. */
  dates: { start: string; end: string };
  certPath: string;
  keyPath: string;
}

// OpenSSL 3.0 has no `req -not_before/-not_after` (3.4 adds them), so `ca -selfsign` backdates or postdates.
// Each certificate gets its own tiny CA database, so parallel generation shares no files.
function caConfig(caDir: string): string {
  return [
    "[ca]",
    "default_ca = lab_ca",
    "[lab_ca]",
    `database = ${path.join(caDir, "index.txt")}`,
    `new_certs_dir = ${caDir}`,
    `serial = ${path.join(caDir, "serial")}`,
    "default_md = sha256",
    "policy = lab_policy",
    // Keeps the subjectAltName from the request, so only the dates differ from the valid certificate.
    "copy_extensions = copy",
    "unique_subject = no",
    "[lab_policy]",
    "commonName = supplied",
    "",
  ].join("\n");
}

/** Writes a self-signed certificate and its key with exact validity dates. */
export async function selfSignWithDates(request: DatedCertificateRequest): Promise<void> {
  const caDir = path.join(request.dir, `${request.name}-ca`);
  await mkdir(caDir);
  await writeFile(path.join(caDir, "index.txt"), "");
  await writeFile(path.join(caDir, "serial"), "01\n");
  const configFile = path.join(caDir, "ca.cnf");
  await writeFile(configFile, caConfig(caDir));
  const csrPath = path.join(caDir, "request.csr");
  await runCommand("openssl", [
    "req",
    "-new",
    "-nodes",
    ...request.newKey,
    ...request.subject,
    "-keyout",
    request.keyPath,
    "-out",
    csrPath,
  ]);
  const dates = ["-startdate", request.dates.start, "-enddate", request.dates.end];
  const signing = ["-selfsign", "-keyfile", request.keyPath, "-in", csrPath, "-out", request.certPath];
  await runCommand("openssl", ["ca", "-batch", "-notext", "-config", configFile, ...signing, ...dates]);
}
