import { type DecodedSlackAction, decodeSlackAction } from "../../../adapters/slack/action-id-codec.js";
import type { SlackMessage } from "../../../adapters/slack/slack-message.js";
import type { ChatAction } from "../../../src/runtime/chat-action.js";

/** Everything a user reads in the message, block by block, as Slack would show it before entity decoding. */
export function visibleText(message: SlackMessage): string {
  const texts: string[] = [];
  for (const block of message.blocks) {
    if (block.type === "section" && block.text) texts.push(block.text.text);
    if (block.type === "context") for (const e of block.elements) if ("text" in e) texts.push(e.text);
    if (block.type === "actions")
      for (const e of block.elements) {
        if (e.type === "button") texts.push(e.text.text);
        if (e.type === "static_select") texts.push(...(e.options ?? []).map((o) => o.text.text));
      }
  }
  return texts.join("\n");
}

export interface Clickable {
  label: string;
  style?: string;
  action: ChatAction;
  sessionId: string;
}

/** Every button and select option, decoded the way a click would be: what each one asks for. */
export function clickables(message: SlackMessage): Clickable[] {
  const found: Clickable[] = [];
  const add = (label: string, decoded: DecodedSlackAction, style?: string) => {
    if ("error" in decoded) throw new Error(`${label}: ${decoded.error}`);
    found.push({ label, action: decoded.action, sessionId: decoded.sessionId, ...(style ? { style } : {}) });
  };
  for (const block of message.blocks) {
    if (block.type !== "actions") continue;
    for (const e of block.elements) {
      if (e.type === "button") add(e.text.text, decodeSlackAction(e.action_id ?? "", e.value ?? ""), e.style);
      if (e.type === "static_select")
        for (const o of e.options ?? [])
          add(o.text.text, decodeSlackAction(e.action_id ?? "", block.block_id ?? "", o.value));
    }
  }
  return found;
}

/** The code blocks in the message, with Slack's entities decoded: what a user copies. */
export function codeBlocks(message: SlackMessage): string[] {
  return [...visibleText(message).matchAll(/```\n?([\s\S]*?)\n?```/g)].map((m) =>
    (m[1] ?? "").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"),
  );
}
