import type { DenialCode } from "../../src/runtime/probe-target-check.js";

/**
 * Whether the probes ran for a diagnosis, and if not why: `--json` and `--jsonl` carry it as `probing`, so a
 * script never mistakes a ranking from answers alone for one that looked at the host.
 */
export type ProbingStatus =
  | { ran: true }
  | { ran: false; because: "no-probe" | "unavailable" | "no-consent" | "declined" }
  | { ran: false; because: "refused"; refused: { code: DenialCode; reason: string; text: string } };

/** One line for a person: why the probes did not run, or undefined when saying it would only add noise. */
export function probingStatusText(status: ProbingStatus): string | undefined {
  if (status.ran) return undefined;
  switch (status.because) {
    case "refused":
      return `The probes did not run: ${status.refused.text}`;
    case "no-consent":
      return "The probes did not run: nobody consented (pass --yes to probe).";
    case "unavailable":
      return "The probes did not run: they are not available in this build.";
    case "no-probe":
    case "declined":
      // The person chose this themselves a moment ago.
      return undefined;
  }
}
