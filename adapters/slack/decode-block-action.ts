import type { ChatAction } from "../../src/runtime/chat-action.js";
import { type DecodedSlackAction, decodeSlackAction } from "./action-id-codec.js";

/** The parts of a Bolt `block_actions` body this adapter reads; Bolt's `BlockAction` fits it. */
export interface SlackBlockActionsBody {
  actions: ReadonlyArray<{
    action_id: string;
    block_id?: string;
    value?: unknown;
    selected_option?: unknown;
  }>;
  user: { id: string };
  channel?: { id: string };
  message?: { ts: string; thread_ts?: unknown };
  container?: { thread_ts?: unknown; message_ts?: unknown };
}

export type DecodedBlockAction =
  | { action: ChatAction; sessionId: string; user: string; channel: string; threadTs: string }
  | { error: string };

/**
 * A click as the action it asks for, who clicked, and the thread the conversation lives in: the thread the
 * clicked message is in, or, for a message at the top of a channel, the thread it starts.
 */
export function decodeBlockAction(body: SlackBlockActionsBody): DecodedBlockAction {
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
  const value = typeof clicked.value === "string" ? clicked.value : (clicked.block_id ?? "");
  const decoded: DecodedSlackAction = decodeSlackAction(
    clicked.action_id,
    value,
    selectedValue(clicked.selected_option),
  );
  if ("error" in decoded) return decoded;
  return { ...decoded, user: body.user.id, channel, threadTs };
}

function selectedValue(option: unknown): string | undefined {
  if (typeof option !== "object" || option === null || !("value" in option)) return undefined;
  return typeof option.value === "string" ? option.value : undefined;
}
