import type { Effect } from "./effect.js";
import type { Reply } from "./reply.js";
import type { Session } from "./session.js";

export interface StepContext {
  /** ISO time of this step; the engine never reads a clock. */
  now: string;
  newId: () => string;
}

export interface StepResult {
  /** The new session, or the same object when nothing changed (the runtime then saves nothing). */
  session: Session | undefined;
  replies: Reply[];
  effects: Effect[];
}
