import { slackLimits } from "../../../adapters/slack/slack-limits.js";
import type { SlackMessage } from "../../../adapters/slack/slack-message.js";

interface TextObject {
  type: string;
  text: string;
}
type Loose = Record<string, unknown>;

/** The only `<...>` the renderers may write: mentions of a user or a user group, never `<!channel>` or links. */
const allowedMarkup = /^<(@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)>/;

/**
 * Everything in a message that Slack's API would reject, or that would let hostile text inject markup, as a
 * list of problems (empty when the message is fine). Independent of the renderers, so it checks them: it
 * counts the text of the blocks itself (every text object a person reads, `msg_blocks_too_long`'s measure).
 */
export function checkSlackLimits(message: SlackMessage): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  let blockText = 0;
  const mrkdwn = (where: string, text: TextObject, max: number) => {
    if (where !== "text") blockText += text.text.length;
    check(text.text.trim().length >= 1, `${where}: empty text`);
    check(text.text.length <= max, `${where}: ${text.text.length} > ${max} characters`);
    if (text.type !== "mrkdwn") return;
    check(text.text.split("```").length % 2 === 1, `${where}: an unclosed code block`);
    for (let i = text.text.indexOf("<"); i >= 0; i = text.text.indexOf("<", i + 1))
      check(
        allowedMarkup.test(text.text.slice(i)),
        `${where}: raw "<" at ${i}: ${text.text.slice(i, i + 20)}`,
      );
  };
  mrkdwn("text", { type: "mrkdwn", text: message.text }, slackLimits.fallbackText);
  check(message.blocks.length <= slackLimits.blocksPerMessage, `${message.blocks.length} blocks`);
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  for (const [i, raw] of message.blocks.entries()) {
    const block = raw as unknown as Loose;
    const where = `block ${i} (${String(block.type)})`;
    if (typeof block.block_id === "string") {
      check(block.block_id.length <= slackLimits.blockId, `${where}: block_id too long`);
      check(!blockIds.has(block.block_id), `${where}: duplicate block_id`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case "section": {
        const fields = block.fields as TextObject[] | undefined;
        check(block.text !== undefined || fields !== undefined, `${where}: neither text nor fields`);
        if (block.text !== undefined) mrkdwn(where, block.text as TextObject, slackLimits.sectionText);
        check((fields?.length ?? 0) <= slackLimits.fieldsPerSection, `${where}: ${fields?.length} fields`);
        for (const field of fields ?? []) mrkdwn(`${where} field`, field, slackLimits.fieldText);
        check(block.accessory === undefined, `${where}: unexpected accessory`);
        break;
      }
      case "header":
        mrkdwn(where, block.text as TextObject, slackLimits.headerText);
        break;
      case "context": {
        const elements = block.elements as TextObject[];
        check(elements.length >= 1 && elements.length <= slackLimits.contextElements, `${where}: elements`);
        for (const e of elements) mrkdwn(where, e, slackLimits.contextText);
        break;
      }
      case "actions": {
        const elements = block.elements as Loose[];
        check(
          elements.length >= 1 && elements.length <= slackLimits.elementsPerActionsBlock,
          `${where}: elements`,
        );
        for (const e of elements) {
          const id = String(e.action_id);
          check(
            id.length >= 1 && id.length <= slackLimits.actionId,
            `${where}: action_id length ${id.length}`,
          );
          check(!actionIds.has(id), `${where}: duplicate action_id ${id}`);
          actionIds.add(id);
          if (e.type === "button") {
            mrkdwn(`${where} ${id}`, e.text as TextObject, slackLimits.buttonText);
            const value = String(e.value);
            check(value.length >= 1 && value.length <= slackLimits.buttonValue, `${where} ${id}: value`);
          } else if (e.type === "static_select") {
            const options = e.options as Array<{ text: TextObject; value: string }>;
            check(
              options.length >= 1 && options.length <= slackLimits.staticSelectOptions,
              `${where}: options`,
            );
            mrkdwn(`${where} placeholder`, e.placeholder as TextObject, slackLimits.placeholderText);
            for (const o of options) {
              mrkdwn(`${where} option`, o.text, slackLimits.optionText);
              check(
                o.value.length >= 1 && o.value.length <= slackLimits.optionValue,
                `${where}: option value`,
              );
            }
            check(
              new Set(options.map((o) => o.value)).size === options.length,
              `${where}: duplicate options`,
            );
          } else problems.push(`${where}: unexpected element ${String(e.type)}`);
        }
        break;
      }
      case "divider":
        break;
      default:
        problems.push(`${where}: a block type the renderers should not produce`);
    }
  }
  check(
    blockText <= slackLimits.messageBlockText,
    `${blockText} characters of block text > ${slackLimits.messageBlockText}`,
  );
  return problems;
}
