import type { Inline, InlineStyle } from "./reply-document.js";

/** Short builders for the presenter's lines. */
export const plain = (text: string): Inline => ({ type: "text", text });
export const strong = (text: string): Inline => ({ type: "text", text, style: "strong" });
export const emphasis = (text: string): Inline => ({ type: "text", text, style: "emphasis" });
export const struck = (text: string): Inline => ({ type: "text", text, style: "struck" });
export const code = (text: string): Inline => ({ type: "code", text });
export const person = (id: string, style?: InlineStyle): Inline =>
  style === undefined ? { type: "person", id } : { type: "person", id, style };
/** The person a reply is addressed to: the one mention a platform may let ping. */
export const addressee = (id: string, style: InlineStyle): Inline => ({
  type: "person",
  id,
  style,
  notify: true,
});

/** The text of a line without its styling: for a title or a measure. */
export function plainText(line: readonly Inline[]): string {
  return line.map((piece) => (piece.type === "person" ? piece.id : piece.text)).join("");
}
