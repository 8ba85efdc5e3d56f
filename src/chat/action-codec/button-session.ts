import type { ChatAction } from "../../runtime/chat-action.js";

/**
 * The session a button carries: the reply's session, or "" for the triage offer, which starts one. Without a
 * session there is nothing a click could move on, so undefined means "no button", on every platform.
 */
export function buttonSession(action: ChatAction, sessionId: string | undefined): string | undefined {
  return action.kind === "start-from-triage" ? "" : sessionId;
}
