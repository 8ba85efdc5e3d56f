import type { DrawnBlock } from "./drawn-blocks.js";
import type { CodeLanguage, Inline } from "./reply-document.js";

/** The blocks every platform can show as lines of its markup. */
export type LineBlock = Extract<
  DrawnBlock,
  { type: "heading" | "paragraph" | "note" | "list" | "code" | "form" }
>;

const lineKinds = new Set<DrawnBlock["type"]>(["heading", "paragraph", "note", "list", "code", "form"]);

/** Whether a block is written as lines, for a converter that shows a whole reply as text. */
export const isLineBlock = (block: DrawnBlock): block is LineBlock => lineKinds.has(block.type);

/** How a platform writes lines: a line of inline pieces, an ordered list's number, a command. */
export interface LineSyntax {
  inline(line: readonly Inline[]): string;
  /** "1." where a number is plain text; escaped where the platform would read it as its own list. */
  ordinal(n: number): string;
  code(code: string, language: CodeLanguage): string;
  /** The longest command a container holds whole. */
  longestCode: number;
}

/**
 * A block as the lines a platform writes for it, decided once: a list numbered from its `start` (so a list
 * split across messages counts on) or bulleted, a form by its prompt, and a command copied as is, or, when a
 * container cannot hold it whole, named by the presenter's words instead of cut.
 */
export function blockLines(block: LineBlock, syntax: LineSyntax): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "note":
      return [syntax.inline(block.text)];
    case "form":
      return [syntax.inline(block.prompt)];
    case "list":
      return block.items.map(
        (item, i) => `${block.ordered ? syntax.ordinal((block.start ?? 1) + i) : "•"} ${syntax.inline(item)}`,
      );
    case "code": {
      const formatted = syntax.code(block.code, block.language);
      return [formatted.length <= syntax.longestCode ? formatted : syntax.inline(block.tooLong)];
    }
  }
}
