import type { Effect } from "../engine/index.js";

/** The job kind a queued probe run has in the store. */
export const probeJobKind = "run-probes";

export type ProbeJobPayload = Extract<Effect, { kind: "run-probes" }> & { conversation: string };

/** How long a queued probe run may wait (queue, restarts) before it is given up and the user told. */
export const defaultProbeJobDeadlineMs = 5 * 60 * 1000;
