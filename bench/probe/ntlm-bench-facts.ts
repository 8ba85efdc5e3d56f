import { hostname } from "node:os";

/** What a tool says the NLA server told it in its NTLM CHALLENGE. */
export interface NtlmClaim {
  netbiosComputerName: string | null;
  dnsComputerName: string | null;
  /** major.minor.build */
  version: string | null;
  /** ISO 8601 */
  serverTime: string | null;
}

export type NtlmAnswer = { kind: "claims"; claim: NtlmClaim } | { kind: "no-answer"; detail: string };

export type NtlmFactName = "netbios name" | "dns name" | "version" | "clock";
export const ntlmFactNames: readonly NtlmFactName[] = ["netbios name", "dns name", "version", "clock"];

/** A server clock read within this of the moment the tool finished counts as right (whole seconds on the wire). */
export const clockToleranceMs = 5_000;

/**
 * The truth about the lab's FreeRDP shadow NLA server, from how winpr builds its CHALLENGE: this machine's
 * hostname (NetBIOS: first label, upper-case, 15 characters at most), the fixed claim 6.1.7601, our clock.
 */
export function shadowNtlmTruth(): Omit<NtlmClaim, "serverTime"> {
  const name = hostname();
  return {
    netbiosComputerName: (name.split(".")[0] ?? "").toUpperCase().slice(0, 15),
    dnsComputerName: name.toLowerCase(),
    version: "6.1.7601",
  };
}

/** Each fact right or wrong; `finishedAt` is when the tool ended, for the clock. */
export function gradeNtlmAnswer(answer: NtlmAnswer, finishedAt: Date): Record<NtlmFactName, boolean> {
  if (answer.kind === "no-answer")
    return { "netbios name": false, "dns name": false, version: false, clock: false };
  const truth = shadowNtlmTruth();
  const { claim } = answer;
  const time = claim.serverTime === null ? Number.NaN : Date.parse(claim.serverTime);
  return {
    "netbios name": claim.netbiosComputerName === truth.netbiosComputerName,
    "dns name": claim.dnsComputerName?.toLowerCase() === truth.dnsComputerName,
    version: claim.version === truth.version,
    clock: Math.abs(time - finishedAt.getTime()) <= clockToleranceMs,
  };
}
