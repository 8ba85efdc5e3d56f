import type { DocumentBlock } from "./reply-document.js";

/** The blocks a converter draws: every kind but the two that stand for others. */
export type DrawnBlock = Exclude<DocumentBlock, { type: "attachment" } | { type: "shrinkable" }>;

/** A file a platform attaches to its message, as the document hands it over. */
export type AttachedFile = Extract<DocumentBlock, { type: "attachment" }>;

/**
 * The blocks as every converter draws them, decided once: a shrinkable part at its first version (the
 * fitting pass has already put the chosen one in its place; a terminal, with no limit, shows the fullest),
 * and an attachment as its caption where the platform attaches files (`attach` takes the file), else as what
 * it says to show instead, or its caption followed by its content shown verbatim like a command.
 */
export function drawnBlocks(
  blocks: readonly DocumentBlock[],
  attach?: (file: AttachedFile) => void,
): DrawnBlock[] {
  return blocks.flatMap((block): DrawnBlock[] => {
    switch (block.type) {
      case "shrinkable":
        return drawnBlocks(block.variants[0] ?? [], attach);
      case "attachment":
        if (attach) {
          attach(block);
          return [{ type: "paragraph", text: block.caption }];
        }
        if (block.instead) return drawnBlocks(block.instead);
        return [
          { type: "paragraph", text: block.caption },
          { type: "code", code: block.content, language: "text", tooLong: block.caption },
        ];
      default:
        return [block];
    }
  });
}
