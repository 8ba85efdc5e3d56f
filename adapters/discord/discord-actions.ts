import type { APIButtonComponentWithCustomId } from "discord-api-types/v10";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { foldedChoices, labelWithAbout } from "../../src/chat/document/folded-choices.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import { type PlannedButton, type PlannedMenu, planActions } from "../../src/chat/document/plan-actions.js";
import type { DocumentButton, DocumentSelect } from "../../src/chat/document/reply-document.js";
import { discordActionOption, discordIds, encodeActionSelect } from "./custom-id-codec.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";

/**
 * Discord's button styles (ButtonStyle): grey (2) unless the reply says otherwise; the button a reply wants
 * pressed is green (3: "Probe now", "This fixed it"), as before, and a dangerous one red (4).
 */
const styles = { primary: 3, danger: 4 } as const;

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
    const value = discordActionOption(button.action, customId);
    return value === undefined
      ? undefined
      : { label: cutAtWord(labelWithAbout(button), discordLimits.optionLabel), value };
  });
  if (options.length === 0) return [];
  const placeholder = "More choices: pick one here";
  const menu = { type: 3, custom_id: customId, placeholder, options, min_values: 1, max_values: 1 } as const;
  return [{ type: 1, components: [menu] }];
}

/**
 * One actions block of the document (as planActions keeps it) as action rows: a menu of answers in selects of
 * 25 (its custom_id names the question and the page), then buttons five a row. Discord shows every row under
 * the whole message, so a button says what it is about: "Didn't help (1a)".
 */
export function discordActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  used: Set<string>,
): DiscordActionRow[] {
  const runs = planActions(items, sessionId, discordIds, used);
  const buttons = runs.flatMap((run) => run.buttons).map(discordButton);
  return [
    ...runs.flatMap((run) => run.menus.map(answerSelect)),
    ...inGroupsOf(buttons, discordLimits.buttonsPerRow).map((row) => ({ type: 1, components: row }) as const),
  ];
}

function discordButton({ button, id }: PlannedButton): APIButtonComponentWithCustomId {
  const style = button.style === undefined ? 2 : styles[button.style];
  return {
    type: 2,
    style,
    label: cutAtWord(labelWithAbout(button), discordLimits.buttonLabel),
    custom_id: id,
  };
}

/** A select of answers, alone in its row as Discord requires. */
function answerSelect({ select, id, options, page }: PlannedMenu): DiscordActionRow {
  const placeholder =
    page.of === 1 ? select.placeholder : `Answers ${page.first + 1}–${page.first + page.count}: choose one`;
  const choices = options.map(({ label, value }) => ({
    label: cutAtWord(label, discordLimits.optionLabel),
    value,
  }));
  const menu = {
    type: 3,
    custom_id: id,
    placeholder,
    options: choices,
    min_values: 1,
    max_values: 1,
  } as const;
  return { type: 1, components: [menu] };
}
