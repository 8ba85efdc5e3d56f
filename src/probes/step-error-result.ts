import type { ObservedFinding } from "../engine/observed-finding.js";
import { errorReason } from "../errors/error-reason.js";
import type { FindingId } from "./finding-ids.js";
import type { ProbeStep } from "./probe-report.js";

/** The steps of the pipeline that run as one unit, each with its `<step>.error` finding. */
export type GuardedStepName = "dns" | "tcp" | "udp" | "path";

export interface StepErrorResult {
  step: ProbeStep;
  finding: ObservedFinding;
}

const findingFor: Record<GuardedStepName, FindingId> = {
  dns: "dns.error",
  tcp: "tcp.error",
  udp: "udp.error",
  path: "path.error",
};

/** Long enough for the first line of an error, short enough for a chat message. */
const maxReasonLength = 200;

/**
 * A probe step that threw or rejected is a bug in the bot, not a fact about the host: it is told as a failed
 * step and a `<step>.error` finding carrying the reason, so the run (and the process) goes on without it.
 */
export function stepErrorResult(
  name: GuardedStepName,
  address: string | undefined,
  error: unknown,
  at: string,
): StepErrorResult {
  const reason = errorReason(error, maxReasonLength);
  const summary = `${name} check failed unexpectedly (${reason})`;
  const where = address === undefined ? {} : { address };
  return {
    step: {
      step: name,
      ...where,
      status: "failed",
      summary,
      durationMs: 0,
      data: { error: reason },
    },
    finding: { id: findingFor[name], detail: summary, ...where, at },
  };
}
