import type { types } from "@slack/bolt";
import { blockLines, type LineSyntax } from "../../src/chat/document/block-lines.js";
import { drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import { packLines } from "../../src/chat/document/pack-lines.js";
import type { DocumentBlock, ReplyDocument } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatCommand } from "./format-command.js";
import { inlineToMrkdwn } from "./inline-to-mrkdwn.js";
import { slackActions } from "./slack-actions.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

const mrkdwnLines: LineSyntax = {
  inline: inlineToMrkdwn,
  ordinal: (n) => `${n}.`,
  code: formatCommand,
  longestCode: slackLimits.sectionText,
};

/**
 * A reply document as Block Kit. Lines in a row share one section (as many as its 3,000 characters hold),
 * so a card is a few blocks, not one per line; fields, dividers, notes and buttons end a section. A heading
 * stays a line of its section. Slack has no form a bot can open from a thread message: the person replies
 * in the thread, as the form's prompt says. Pure: the fitting pass calls it to measure. Buttons carry
 * `sessionId`; without one there is nothing to click for.
 */
export function documentToSlack(document: ReplyDocument, sessionId: string | undefined): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  const used = new Set<string>();
  let lines: string[] = [];
  const endSection = () => {
    for (const run of packLines(lines, slackLimits.sectionText, (line) => line.length))
      blocks.push({ type: "section", text: mrkdwn(run.join("\n"), slackLimits.sectionText) });
    lines = [];
  };
  for (const block of drawnBlocks(document.blocks)) {
    switch (block.type) {
      case "fields":
        endSection();
        blocks.push(...fieldSections(block.fields));
        break;
      case "divider":
        endSection();
        blocks.push({ type: "divider" });
        break;
      case "note":
        endSection();
        blocks.push({
          type: "context",
          elements: [mrkdwn(inlineToMrkdwn(block.text), slackLimits.contextText)],
        });
        break;
      case "actions":
        endSection();
        blocks.push(...slackActions(block.items, sessionId, used));
        break;
      default:
        for (const line of blockLines(block, mrkdwnLines))
          lines.push(truncateMrkdwn(line, slackLimits.sectionText));
    }
  }
  endSection();
  // The notification text: short enough for any client.
  return { text: mrkdwn(inlineToMrkdwn(document.summary), slackLimits.fallbackText).text, blocks };
}

type Field = Extract<DocumentBlock, { type: "fields" }>["fields"][number];

/** Label and value pairs as sections of at most ten fields, each cut to what a field holds. */
function fieldSections(fields: readonly Field[]): types.SectionBlock[] {
  return inGroupsOf(fields, slackLimits.fieldsPerSection).map((group) => ({
    type: "section",
    fields: group.map((field) =>
      mrkdwn(`*${escapeMrkdwn(field.label)}*\n${inlineToMrkdwn(field.value)}`, slackLimits.fieldText),
    ),
  }));
}

/** Already-escaped mrkdwn as a text object of at most `max` characters; Slack rejects an empty one. */
function mrkdwn(text: string, max: number): types.MrkdwnElement {
  const cut = truncateMrkdwn(text, max);
  return { type: "mrkdwn", text: cut.trim() === "" ? " " : cut };
}
