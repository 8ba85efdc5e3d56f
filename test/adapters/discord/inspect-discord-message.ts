import { decodeDiscordAction } from "../../../adapters/discord/custom-id-codec.js";
import type { DiscordMessage } from "../../../adapters/discord/discord-message.js";
import { knownFlowIds } from "../../../src/chat/action-codec/known-flow-ids.js";
import type { ChatAction as DiscordAction } from "../../../src/runtime/chat-action.js";
import { shippedFlow } from "../../support/engine-conversation.js";

/** Code, fenced or inline, that starts with a backtick Discord reads as one (not an escaped one). */
const fence = /((?<!\\)```[\s\S]*?```|(?<!\\)`[^`\n]+`)/;

/** Text as Discord shows it: markdown escapes outside code undone, zero-width spaces gone. */
export function readable(text: string): string {
  return text
    .split(fence)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([^A-Za-z0-9\s])/g, "$1")))
    .join("")
    .replaceAll("\u200b", "");
}

/** Every text a user reads in the message, in order, as Discord shows it. */
export function visibleText(message: DiscordMessage): string {
  const texts: string[] = [];
  if (message.content) texts.push(message.content);
  for (const e of message.embeds) {
    if (e.title) texts.push(e.title);
    if (e.description) texts.push(e.description);
    for (const f of e.fields ?? []) texts.push(f.name, f.value);
  }
  for (const row of message.components)
    for (const c of row.components) {
      if (c.type === 2 && "label" in c && c.label) texts.push(c.label);
      if (c.type === 3) texts.push(...c.options.map((o) => o.label));
    }
  return texts.map(readable).join("\n");
}

export interface Clickable {
  label: string;
  style?: number;
  action: DiscordAction;
  sessionId: string;
}

/** Every button and select option, decoded the way a click would be: what each one asks for. */
export function clickables(
  message: DiscordMessage,
  knownIds: Iterable<string> = knownFlowIds(shippedFlow()),
): Clickable[] {
  const found: Clickable[] = [];
  for (const row of message.components)
    for (const c of row.components) {
      if (c.type === 2 && "custom_id" in c) {
        const decoded = decodeDiscordAction(c.custom_id, [], knownIds);
        if ("error" in decoded) throw new Error(`${c.label}: ${decoded.error}`);
        found.push({ label: c.label ?? "", style: c.style, ...decoded });
      }
      if (c.type === 3)
        for (const o of c.options) {
          const decoded = decodeDiscordAction(c.custom_id, [o.value], knownIds);
          if ("error" in decoded) throw new Error(`${o.label}: ${decoded.error}`);
          found.push({ label: o.label, ...decoded });
        }
    }
  return found;
}

/** The fenced code blocks in the message, without their language line: what a user copies. */
export function codeBlocks(message: DiscordMessage): string[] {
  const all = [
    message.content ?? "",
    ...message.embeds.flatMap((e) => [e.description ?? "", ...(e.fields ?? []).map((f) => f.value)]),
  ];
  return all.flatMap((text) => [...text.matchAll(/```[a-z]*\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? ""));
}
