import {
  type Answer,
  type CertificateClaim,
  type SecurityProtocol,
  sortedProtocols,
  sortedVersions,
  type TlsVersion,
  type ToolAnswers,
} from "./bench-facts.js";

// rdp-enum-encryption's names for RDP_NEG_REQ protocols; RDSTLS is outside the three facts graded here.
const layerNames: Record<string, SecurityProtocol | undefined> = {
  "Native RDP": "RDP",
  SSL: "TLS",
  "CredSSP (NLA)": "NLA",
  "CredSSP with Early User Auth": "NLA",
};
const layerLine = /^\|_?\s+([^:]+): (SUCCESS|FAILED.*)$/;
const enumVersionLine = /^\|_?\s+TLSv1\.([0-3]):\s*$/;
const validityLine = /^\|_?\s*Not valid (before|after):\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\s*$/;

/**
 * Reads `nmap -p 3389 --script rdp-enum-encryption,ssl-enum-ciphers,ssl-cert` (7.93). Each script prints a
 * block starting `| name:` (or `|_name:` when it is one line); a script that prints nothing answers nothing.
 */
export function parseNmapOutput(stdout: string): ToolAnswers {
  const blocks = scriptBlocks(stdout);
  return {
    protocols: readProtocols(blocks.get("rdp-enum-encryption")),
    versions: readVersions(blocks.get("ssl-enum-ciphers")),
    certificate: readCertificate(blocks.get("ssl-cert")),
  };
}

function scriptBlocks(stdout: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split("\n")) {
    // `| name: ` opens a block and `|_name: ` is a whole one; deeper lines are indented further.
    const start = /^\|[ _]([a-z][a-z0-9-]*):/.exec(line);
    if (start?.[1] !== undefined) {
      current = [line];
      blocks.set(start[1], current);
    } else if (line.startsWith("|") && current) {
      current.push(line);
    } else {
      current = undefined;
    }
  }
  return blocks;
}

function readProtocols(block: string[] | undefined): Answer<SecurityProtocol[]> {
  if (!block) return { kind: "no-answer", detail: "rdp-enum-encryption printed nothing" };
  const first = block[0] ?? "";
  if (first.includes("ERROR")) return { kind: "no-answer", detail: first.replace(/^\|_?/, "").trim() };
  const layerStart = block.findIndex((line) => line.includes("Security layer"));
  if (layerStart < 0) return { kind: "no-answer", detail: "rdp-enum-encryption printed no security layer" };
  // Without -d the script lists only what succeeded; an absent layer is one it saw refused.
  const afterLayers = block.findIndex((line, index) => index > layerStart && !layerLine.test(line));
  const layers = block.slice(layerStart + 1, afterLayers < 0 ? undefined : afterLayers);
  const succeeded: string[] = [];
  for (const line of layers) {
    const match = layerLine.exec(line);
    if (match?.[1] !== undefined && match[2] === "SUCCESS") succeeded.push(match[1].trim());
  }
  const accepted = succeeded.flatMap((name) => {
    const protocol = layerNames[name];
    return protocol ? [protocol] : [];
  });
  return {
    kind: "claims",
    value: sortedProtocols(accepted),
    detail: `SUCCESS: ${succeeded.join(", ") || "none"}`,
  };
}

function readVersions(block: string[] | undefined): Answer<TlsVersion[]> {
  if (!block) return { kind: "no-answer", detail: "ssl-enum-ciphers printed nothing" };
  const versions: TlsVersion[] = [];
  for (const line of block) {
    const match = enumVersionLine.exec(line);
    if (match) versions.push(`1.${match[1]}` as TlsVersion);
  }
  const listed = versions.map((version) => `TLSv${version}`).join(", ");
  return { kind: "claims", value: sortedVersions(versions), detail: `ssl-enum-ciphers: ${listed || "none"}` };
}

function readCertificate(block: string[] | undefined): Answer<CertificateClaim> {
  if (!block) return { kind: "no-answer", detail: "ssl-cert printed nothing" };
  let notBefore: string | undefined;
  let notAfter: string | undefined;
  for (const line of block) {
    const match = validityLine.exec(line);
    if (!match) continue;
    // ssl-cert prints the certificate's UTC time without a zone.
    const iso = new Date(`${match[2]}Z`).toISOString();
    if (match[1] === "before") notBefore = iso;
    else notAfter = iso;
  }
  if (notBefore === undefined || notAfter === undefined) {
    return { kind: "no-answer", detail: "ssl-cert printed no validity dates" };
  }
  return {
    kind: "claims",
    value: { kind: "dates", notBefore, notAfter },
    detail: `Not valid before ${notBefore}, after ${notAfter}`,
  };
}
