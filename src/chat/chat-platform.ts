import type { Send } from "../runtime/outbound.js";

/**
 * What the shared chat layer needs from a platform adapter: a way to speak in any of its conversations from
 * the conversation key alone, so any replica can carry any conversation (no process memory of threads).
 */
export interface ChatPlatform {
  /** Conversation keys of this platform start with `${name}:`. */
  name: "slack" | "discord";
  senderFor(conversation: string): Send;
  /** Slack: the members of a user group, for "who may probe" (cached briefly by the adapter). */
  groupMembers?(group: string): Promise<readonly string[]>;
}
