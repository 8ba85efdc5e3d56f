import type { ChatAction } from "../../src/runtime/chat-action.js";

/** What a Slack button or select asks for: the neutral chat action, encoded by action-id-codec.ts. */
export type SlackAction = ChatAction;

export interface EncodedSlackAction {
  actionId: string;
  /** Slack echoes this back on the click: the session id (or, for triage, the host). */
  value: string;
}
