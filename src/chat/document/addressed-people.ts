import type { DrawnBlock } from "./drawn-blocks.js";
import { drawnBlocks } from "./drawn-blocks.js";
import type { Inline, ReplyDocument } from "./reply-document.js";

/**
 * The people a reply addresses (a handoff's recipient: mentions marked `notify`), as the platform gave their
 * ids: the only ones a platform that pings on mention may let it ping. Everyone else is shown, not pinged.
 */
export function addressedPeople(document: ReplyDocument): string[] {
  return drawnBlocks(document.blocks)
    .flatMap(lines)
    .flat()
    .flatMap((piece) => (piece.type === "person" && piece.notify ? [piece.id] : []));
}

function lines(block: DrawnBlock): Inline[][] {
  if (block.type === "paragraph" || block.type === "heading" || block.type === "note") return [block.text];
  return block.type === "list" ? block.items : [];
}
