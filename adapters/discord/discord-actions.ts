import type { APIButtonComponentWithCustomId } from "discord-api-types/v10";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { foldedChoices, labelWithAbout } from "../../src/chat/document/folded-choices.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import type { DocumentButton, DocumentSelect } from "../../src/chat/document/reply-document.js";
import {
  encodeActionOption,
  encodeActionSelect,
  encodeAnswerOption,
  encodeAnswerSelect,
} from "./custom-id-codec.js";
import { buttonRows, buttonStyle, decodesTo, discordButton, selectRow } from "./discord-components.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";

/** The button a reply wants pressed is green on Discord ("Probe now", "This fixed it"), as before. */
const styles = { primary: buttonStyle.success, danger: buttonStyle.danger } as const;

type Items = ReadonlyArray<DocumentButton | DocumentSelect>;

/** Rows kept as they are when the actions need more than Discord's five; the last row always stays. */
const keptRows = discordLimits.actionRows - 2;

/**
 * The document's actions blocks as at most five rows. While they fit, each block is its own rows. When they
 * do not, the first blocks keep their rows and so does the last (the card's own buttons), and the buttons
 * between become one select of the same choices, so no choice is lost (as "Feedback on the other causes").
 */
export function discordRows(blocks: readonly Items[], sessionId: string | undefined): DiscordActionRow[] {
  const used = new Set<string>();
  const perBlock = blocks.map((items) => discordActions(items, sessionId, used));
  if (perBlock.flat().length <= discordLimits.actionRows || sessionId === undefined) return perBlock.flat();
  const head: DiscordActionRow[] = [];
  let split = 0;
  for (const rows of perBlock.slice(0, -1)) {
    if (head.length + rows.length > keptRows) break;
    head.push(...rows);
    split += 1;
  }
  return [...head, ...foldedSelect(blocks.slice(split, -1).flat(), sessionId), ...(perBlock.at(-1) ?? [])];
}

function foldedSelect(items: Items, sessionId: string): DiscordActionRow[] {
  const customId = encodeActionSelect(sessionId);
  const options = foldedChoices(items, discordLimits.selectOptions, (button) => {
    const value = encodeActionOption(button.action);
    if (!decodesTo(customId, [value], button.action)) return undefined;
    return { label: cutAtWord(labelWithAbout(button), discordLimits.optionLabel), value };
  });
  if (options.length === 0) return [];
  return [
    selectRow({
      type: 3,
      custom_id: customId,
      placeholder: "More choices: pick one here",
      options,
      min_values: 1,
      max_values: 1,
    }),
  ];
}

/**
 * One actions block of the document as action rows: buttons five a row, a menu of answers in selects of
 * 25 (its custom_id names the question and the page). Discord shows every row under the whole message, so a
 * button says what it is about: "Didn't help (1a)". `used` keeps custom_ids unique in the message.
 */
export function discordActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  used: Set<string>,
): DiscordActionRow[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const selects: DiscordActionRow[] = [];
  for (const item of items) {
    if (item.type === "select") {
      selects.push(...answerSelects(item, sessionId, used));
      continue;
    }
    const style = item.style === undefined ? buttonStyle.secondary : styles[item.style];
    const button = discordButton(labelWithAbout(item), item.action, sessionId, style);
    if (button && !used.has(button.custom_id)) {
      used.add(button.custom_id);
      buttons.push(button);
    }
  }
  return [...selects, ...buttonRows(buttons)];
}

function answerSelects(
  select: DocumentSelect,
  sessionId: string | undefined,
  used: Set<string>,
): DiscordActionRow[] {
  const first = select.options[0]?.action;
  if (sessionId === undefined || first?.kind !== "answer") return [];
  const pages = inGroupsOf(select.options, discordLimits.selectOptions);
  return pages.flatMap((chunk, page) => {
    const start = page * discordLimits.selectOptions;
    const customId = encodeAnswerSelect(first.questionId, sessionId, page + 1);
    const options = chunk.flatMap(({ label, action }) => {
      if (action.kind !== "answer") return [];
      const value = encodeAnswerOption(action.answerId);
      if (!decodesTo(customId, [value], action)) return [];
      return [{ label: cutAtWord(label, discordLimits.optionLabel), value }];
    });
    const placeholder =
      pages.length === 1 ? select.placeholder : `Answers ${start + 1}–${start + chunk.length}: choose one`;
    if (options.length === 0 || used.has(customId)) return [];
    used.add(customId);
    return [selectRow({ type: 3, custom_id: customId, placeholder, options, min_values: 1, max_values: 1 })];
  });
}
