import type { types } from "@slack/bolt";

/**
 * The characters of text a message's blocks hold, the measure Slack's `msg_blocks_too_long` goes by
 * (bolt-js #2509): every text object a person can read, buttons and menu options included.
 */
export function slackBlockText(blocks: readonly types.KnownBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === "section") {
      total += block.text?.text.length ?? 0;
      for (const field of block.fields ?? []) total += field.text.length;
    } else if (block.type === "header") total += block.text.text.length;
    else if (block.type === "context")
      for (const element of block.elements) total += "text" in element ? element.text.length : 0;
    else if (block.type === "actions")
      for (const element of block.elements) {
        if (element.type === "button") total += element.text.text.length;
        if (element.type === "static_select")
          total +=
            (element.placeholder?.text.length ?? 0) +
            (element.options ?? []).reduce((sum, option) => sum + option.text.text.length, 0);
      }
  }
  return total;
}
