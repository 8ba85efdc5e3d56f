import type { Reply } from "../engine/index.js";
import type { ProbeStep } from "../probes/probe-report.js";

/** What adapters render: the engine's replies, plus live probe progress from the runtime. */
export type Outbound = Reply | { kind: "probe-progress"; host: string; step: ProbeStep };

/** Facts about the conversation a renderer needs, e.g. the session id that buttons carry. */
export interface OutboundContext {
  /** The session the message belongs to; absent when no session exists (e.g. "nothing is running here"). */
  sessionId?: string;
}

export type Send = (message: Outbound, context: OutboundContext) => Promise<void>;
