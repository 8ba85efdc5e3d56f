import { type DrawnBlock, drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import type {
  DocumentButton,
  DocumentSelect,
  ReplyDocument,
} from "../../src/chat/document/reply-document.js";
import { assertNever } from "../../src/engine/index.js";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { safeDisplayText as safe, safeDisplayLines } from "../../src/runtime/safe-display-text.js";
import { inlineToText } from "./inline-to-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/** The key a person types for an action at this prompt (`2`, `s`, `e1`); undefined: not offered here. */
export type TerminalKeyOf = (action: ChatAction) => string | undefined;

const noKeys: TerminalKeyOf = () => undefined;

/**
 * A reply document as terminal text, one line per paragraph, heading or list item. Pure. A terminal has no
 * size limit, so a shrinkable part is shown at its most detailed and a command is never cut. Buttons become
 * the terminal's typed keys (`keyOf`): answers one a line as `  2) Suddenly`, the other controls on one
 * quiet line; an action without a key is not offered and shows nothing.
 */
export function documentToText(
  document: ReplyDocument,
  style: TerminalStyle,
  keyOf: TerminalKeyOf = noKeys,
): string {
  return drawnBlocks(document.blocks)
    .flatMap((block) => blockLines(block, style, keyOf))
    .join("\n");
}

function blockLines(block: DrawnBlock, style: TerminalStyle, keyOf: TerminalKeyOf): string[] {
  switch (block.type) {
    case "heading":
      return [
        block.tone === "good"
          ? style.good(inlineToText(block.text, plainRun))
          : inlineToText(block.text, style),
      ];
    case "paragraph":
      return [inlineToText(block.text, style)];
    case "fields":
      return block.fields.map((f) => `${safe(f.label)}: ${inlineToText(f.value, style)}`);
    case "list":
      return block.items.map(
        (item, i) => `  ${block.ordered ? `${(block.start ?? 1) + i}.` : "•"} ${inlineToText(item, style)}`,
      );
    case "code":
      return codeLines(block.code);
    case "divider":
      return [""];
    case "note":
      return [style.dim(inlineToText(block.text, plainRun))];
    case "actions":
      return actionLines(block.items, style, keyOf);
    case "form":
      return [style.dim(inlineToText(block.prompt, plainRun))];
    default:
      return assertNever(block);
  }
}

/** Inside a line already styled as a whole (a note, a good heading): no nested ANSI runs. */
const plainRun: TerminalStyle = { bold: (t) => t, dim: (t) => t, good: (t) => t, bad: (t) => t };

/** A command on lines of its own, indented, so it can be copied as it is; harmful characters removed. */
function codeLines(code: string): string[] {
  return safeDisplayLines(code)
    .split("\n")
    .map((line) => `    ${line}`);
}

function actionLines(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  style: TerminalStyle,
  keyOf: TerminalKeyOf,
): string[] {
  const choices: string[] = [];
  const controls: string[] = [];
  const offer = (label: string, action: ChatAction) => {
    const key = keyOf(action);
    if (key === undefined) return;
    const text = `${safe(key)}) ${safe(label)}`;
    (action.kind === "answer" ? choices : controls).push(text);
  };
  for (const item of items) {
    if (item.type === "button") offer(item.label, item.action);
    else for (const option of item.options) offer(option.label, option.action);
  }
  return [
    ...choices.map((c) => `  ${c}`),
    ...(controls.length > 0 ? [style.dim(`  ${controls.join("   ")}`)] : []),
  ];
}
