import type { webApi } from "@slack/bolt";
import { unescapeSlackText } from "./unescape-slack-text.js";

/**
 * The words of the post a triage offer answered (the root of the thread the offer sits in), to be read like a
 * command's text. A bot's post is never read, and a post that cannot be fetched reads as nothing: the
 * diagnosis starts either way.
 */
export async function triagePostText(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
): Promise<string> {
  try {
    const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 1 });
    const root = replies.messages?.[0];
    if (!root || root.ts !== threadTs || root.bot_id !== undefined || root.app_id !== undefined) return "";
    return unescapeSlackText(root.text ?? "");
  } catch {
    return "";
  }
}
