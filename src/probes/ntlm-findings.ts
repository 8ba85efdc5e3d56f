import { compareComputerName } from "./compare-computer-name.js";
import { describeClockOffset } from "./describe-clock-offset.js";
import { describeNtlmIdentity } from "./describe-ntlm-identity.js";
import type { FindingDraft } from "./finding-draft.js";
import type { NtlmIdentity } from "./ntlm-identity.js";
import { versionText } from "./ntlm-identity.js";
import type { NtlmOutcome } from "./ntlm-outcome.js";

/** Kerberos refuses tickets beyond 5 minutes of skew by default, and certificates are checked against clocks. */
export const maxClockSkewMs = 5 * 60 * 1000;

/** Windows 8 / Server 2012: the first with TLS 1.1/1.2 on by default for RDP and CredSSP as clients expect. */
const firstModernBuild = { major: 6, minor: 2, build: 9200 };

/** The findings the CredSSP NTLM exchange supports; `host` is the name the user typed. Pure. */
export function ntlmFindings(outcome: NtlmOutcome | null, host: string): FindingDraft[] {
  if (outcome === null) return [];
  switch (outcome.kind) {
    case "identified":
      return identityFindings(outcome.identity, outcome.clockOffsetMs, host);
    case "unreadable":
      return [{ id: "ntlm.unreadable", detail: `${outcome.reason}${bytesSeen(outcome.firstBytes)}` }];
    case "not-negotiated":
    case "tls-failed":
    case "aborted":
      return [];
  }
}

function identityFindings(
  identity: NtlmIdentity,
  clockOffsetMs: number | null,
  host: string,
): FindingDraft[] {
  const out: FindingDraft[] = [
    { id: "ntlm.identity", detail: describeNtlmIdentity(identity, clockOffsetMs) },
  ];
  const names = compareComputerName(host, identity);
  if (names.kind === "mismatch") {
    const detail = `${names.typed} was asked for, but the server calls itself ${names.serverNames.join(" / ")}`;
    out.push({ id: "ntlm.name-mismatch", detail });
  }
  if (clockOffsetMs !== null && Math.abs(clockOffsetMs) > maxClockSkewMs) {
    const detail = `the server's clock is ${describeClockOffset(clockOffsetMs)} (server time ${identity.serverTime})`;
    out.push({ id: "ntlm.clock-skew", detail });
  }
  const version = identity.version;
  if (version !== null && older(version, firstModernBuild)) {
    const detail = `the server reports Windows ${versionText(version)}, older than Windows 8 / Server 2012 (6.2.9200)`;
    out.push({ id: "ntlm.legacy-os", detail });
  }
  return out;
}

function older(a: NonNullable<NtlmIdentity["version"]>, b: NonNullable<NtlmIdentity["version"]>): boolean {
  if (a.major !== b.major) return a.major < b.major;
  if (a.minor !== b.minor) return a.minor < b.minor;
  return a.build < b.build;
}

function bytesSeen(firstBytes: string): string {
  return firstBytes === "" ? "" : ` (first bytes: ${firstBytes})`;
}
