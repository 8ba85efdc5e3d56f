import type { Send } from "../runtime/outbound.js";
import type { ReplyDocument } from "./document/reply-document.js";
import type { ProbePermissionRule } from "./probe-permission.js";

/**
 * What the shared chat layer needs from a platform adapter: a way to speak in any of its conversations from
 * the conversation key alone, so any replica can carry any conversation (no process memory of threads).
 */
export interface ChatPlatform {
  /** A name no other adapter registers; its conversation keys start with `${name}:`, its logs and metrics say it. */
  name: string;
  /** How a person starts a diagnosis here, with `<host>` where the host goes (e.g. `/rdp-fix <host>`). */
  commandSyntax: string;
  senderFor(conversation: string): Send;
  /**
   * Posts a document that belongs to no diagnosis (a watch alert) in a conversation: true once every message
   * of it is posted. Absent where a platform cannot post unasked.
   */
  postDocument?(conversation: string, document: ReplyDocument): Promise<boolean>;
  /** Who may probe from this platform; without a rule, anyone may. */
  probePermission?: ProbePermissionRule;
}
