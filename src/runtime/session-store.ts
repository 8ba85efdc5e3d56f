import type { Session } from "../engine/index.js";

/** Where sessions live between events. Keyed by conversation (a thread), not by channel or user. */
export interface SessionStore {
  load(conversation: string): Promise<Session | undefined>;
  /**
   * Saves `next` only if the stored version is still `expectedVersion` (undefined: nothing stored yet).
   * Returns false when someone else saved first, so a retried delivery cannot advance a step twice.
   */
  save(conversation: string, next: Session, expectedVersion: number | undefined): Promise<boolean>;
}
