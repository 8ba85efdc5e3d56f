import type { ChatAction } from "../runtime/chat-action.js";
import type { ChatCommand } from "./chat-command.js";

/**
 * The work a chat listener acknowledges and queues, as plain JSON, so any replica does it and a restart
 * between the ack and the work loses nothing. Each payload is the platform's own fields (`P`: where, and how
 * to answer) with these beside them; kinds are `${platform}:${kind}`. Fields marked "queued before" are how
 * an older release wrote the same work: it still runs after an upgrade.
 */
export interface ChatWork<M> {
  command: {
    user: string;
    request?: ChatCommand;
    /** Queued before `request`: a start's fields at the top. */
    host?: string;
    port?: number;
    text?: string;
  };
  handoff: { user: string; to?: string };
  click: { user: string; sessionId: string; action: ChatAction };
  /** A mention's words, read with the shared grammar when the work runs. */
  mention: { user: string; text: string };
  /** A pasted server report; `sessionId` where a form said which diagnosis, the thread's otherwise. */
  "server-report": { user: string; text: string; sessionId?: string };
  /** `offer`: queued before, already rendered. */
  triage: { matched?: string[]; host?: string; offer?: M };
}

export type ChatWorkKind = keyof ChatWork<unknown>;
