import { plain } from "./inline.js";
import type { DocumentBlock, ReplyDocument } from "./reply-document.js";

/**
 * The one fitting pass every platform uses: `fits` says whether a document, converted, is inside that
 * platform's limits. While it is not, the shrinkable parts step down one level at a time, all of them to
 * their second version before any to its third, the least important first (causes full -> brief -> one
 * line, long lists -> their first few and "and N more"). What still does not fit goes on in follow-up
 * messages, never dropped. What the reply is about (priority 0, the top cause) shrinks only when nothing
 * else can: a card shows the top cause and its fixes, the rest a button away. Per-element limits (a section's length) are the converter's: it cuts at a word.
 */
export function fitDocument(
  document: ReplyDocument,
  fits: (document: ReplyDocument) => boolean,
): ReplyDocument[] {
  const shrinkables = document.blocks.flatMap((block, index) =>
    block.type === "shrinkable"
      ? [{ index, priority: block.priority, steps: block.variants.length - 1 }]
      : [],
  );
  const levels = new Map(shrinkables.map((s) => [s.index, 0]));
  let fitted = resolve(document, levels);
  while (!fits(fitted)) {
    const next = shrinkables
      .filter((s) => (levels.get(s.index) ?? 0) < s.steps)
      .sort(
        (a, b) =>
          Number(a.priority === 0) - Number(b.priority === 0) ||
          (levels.get(a.index) ?? 0) - (levels.get(b.index) ?? 0) ||
          b.priority - a.priority,
      )[0];
    if (next === undefined) return split(fitted, fits);
    levels.set(next.index, (levels.get(next.index) ?? 0) + 1);
    fitted = resolve(document, levels);
  }
  return [fitted];
}

/** The document with each shrinkable replaced by the version its level picks. */
function resolve(document: ReplyDocument, levels: ReadonlyMap<number, number>): ReplyDocument {
  const blocks = document.blocks.flatMap((block, index): DocumentBlock[] =>
    block.type === "shrinkable" ? (block.variants[levels.get(index) ?? 0] ?? []) : [block],
  );
  return { summary: document.summary, blocks };
}

/** A list may be longer than a message: split, it can go on in the next one, item by item. */
function itemByItem(block: DocumentBlock): DocumentBlock[] {
  if (block.type !== "list") return [block];
  const first = block.start ?? 1;
  return block.items.map((item, i) =>
    block.ordered
      ? { type: "list", ordered: true, start: first + i, items: [item] }
      : { type: "list", items: [item] },
  );
}

/** Block by block into as many messages as it takes; each follow-up says it continues the one before. */
function split(document: ReplyDocument, fits: (document: ReplyDocument) => boolean): ReplyDocument[] {
  const continued = [...document.summary, plain(" (continued)")];
  const messages: DocumentBlock[][] = [];
  let current: DocumentBlock[] = [];
  for (const block of document.blocks.flatMap(itemByItem)) {
    const summary = messages.length === 0 ? document.summary : continued;
    if (current.length === 0 || fits({ summary, blocks: [...current, block] })) current.push(block);
    else {
      messages.push(current);
      current = [block];
    }
  }
  messages.push(current);
  return messages.map((blocks, i) => ({ summary: i === 0 ? document.summary : continued, blocks }));
}
