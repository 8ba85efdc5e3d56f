import type { BlockAction } from "@slack/bolt";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { decodeSlackAction } from "./action-id-codec.js";

export type DecodedBlockAction =
  | { team: string; channel: string; threadTs: string; user: string; sessionId: string; action: ChatAction }
  | { error: string };

/**
 * A click as the action it asks for, who clicked, and the thread the conversation lives in: the thread the
 * clicked message is in, or, for a message at the top of a channel, the thread it starts. Never throws.
 */
export function decodeBlockAction(body: BlockAction): DecodedBlockAction {
  const clicked = body.actions[0];
  if (!clicked) return { error: "the click carries no action" };
  const channel = body.channel?.id;
  if (!channel) return { error: "the click did not come from a channel" };
  const threadTs = [
    body.message?.thread_ts,
    body.container?.thread_ts,
    body.message?.ts,
    body.container?.message_ts,
  ].find((ts): ts is string => typeof ts === "string" && ts !== "");
  if (!threadTs) return { error: "the click did not come from a message" };
  // A select has no value of its own: its session id rides in the block id (see the codec).
  const value = "value" in clicked && typeof clicked.value === "string" ? clicked.value : clicked.block_id;
  const picked = "selected_option" in clicked ? clicked.selected_option?.value : undefined;
  const decoded = decodeSlackAction(clicked.action_id, value, picked);
  if ("error" in decoded) return decoded;
  return { team: body.team?.id ?? "", channel, threadTs, user: body.user.id, ...decoded };
}
