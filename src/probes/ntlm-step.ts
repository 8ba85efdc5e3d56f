import { describeNegotiation } from "./describe-negotiation.js";
import { describeNtlmIdentity } from "./describe-ntlm-identity.js";
import type { NtlmOutcome } from "./ntlm-outcome.js";
import type { ProbeStep } from "./probe-report.js";

/** The CredSSP NTLM exchange as a step; "not-checked" when no request was answered with HYBRID. */
export function ntlmStep(address: string, outcome: NtlmOutcome | null): ProbeStep {
  const step = (
    status: ProbeStep["status"],
    summary: string,
    durationMs = 0,
    data?: Record<string, unknown>,
  ) => ({
    step: "ntlm" as const,
    address,
    status,
    summary,
    durationMs,
    ...(data === undefined ? {} : { data }),
  });
  if (outcome === null)
    return step("not-checked", "NTLM identity not asked: the server selected no NLA protocol");
  switch (outcome.kind) {
    case "identified":
      return step(
        "ok",
        `NTLM: the server ${describeNtlmIdentity(outcome.identity, outcome.clockOffsetMs)}`,
        outcome.durationMs,
        {
          ...outcome.identity,
          clockOffsetMs: outcome.clockOffsetMs,
        },
      );
    case "unreadable":
      return step("failed", `NTLM: no readable CHALLENGE: ${outcome.reason}`, outcome.durationMs, {
        ...outcome,
      });
    case "not-negotiated":
      return step("inconclusive", `NTLM not reached: ${describeNegotiation(outcome.negotiation)}`);
    case "tls-failed":
      return step("inconclusive", `NTLM not reached: ${outcome.message}`, outcome.durationMs);
    case "aborted":
      return step("inconclusive", "NTLM: stopped (out of time)", outcome.durationMs);
  }
}
