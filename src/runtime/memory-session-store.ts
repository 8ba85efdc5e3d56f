import type { Session } from "../engine/index.js";
import type { SessionStore } from "./session-store.js";

/** Sessions in process memory: for tests, the terminal, and single-replica bots until persistence lands. */
export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, Session>();

  async load(conversation: string): Promise<Session | undefined> {
    const session = this.#sessions.get(conversation);
    return session === undefined ? undefined : structuredClone(session);
  }

  async save(conversation: string, next: Session, expectedVersion: number | undefined): Promise<boolean> {
    if (this.#sessions.get(conversation)?.version !== expectedVersion) return false;
    this.#sessions.set(conversation, structuredClone(next));
    return true;
  }
}
