import type { Reply } from "../engine/index.js";
import type { ProbeStep } from "../probes/probe-report.js";

/** What adapters render: the engine's replies, plus live probe progress from the runtime. */
export type Outbound = Reply | { kind: "probe-progress"; host: string; step: ProbeStep };

export type Send = (message: Outbound) => Promise<void>;
