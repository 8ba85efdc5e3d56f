/** Broken setup, not a user mistake: the process should refuse to start with this message. */
export class ProbePolicyConfigError extends Error {
  readonly code = "PROBE_POLICY_INVALID";

  constructor(readonly problems: readonly string[]) {
    super(
      `The probe policy configuration is invalid:\n- ${problems.join("\n- ")}\n` +
        "Fix these entries in the allowed address ranges, host name patterns or ports and restart.",
    );
    this.name = "ProbePolicyConfigError";
  }
}
