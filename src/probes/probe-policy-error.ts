import { CodedError } from "../errors/coded-error.js";

export type ProbePolicyErrorCode = "PROBE_POLICY_INVALID";

const advice = "Fix these entries in the allowed address ranges, host name patterns or ports and restart.";

/** Broken setup, not a user mistake: the process should refuse to start with this message. */
export class ProbePolicyConfigError extends CodedError<ProbePolicyErrorCode> {
  constructor(readonly problems: readonly string[]) {
    super(
      "PROBE_POLICY_INVALID",
      `The probe policy configuration is invalid:\n- ${problems.join("\n- ")}\n${advice}`,
      { advice },
    );
  }
}
