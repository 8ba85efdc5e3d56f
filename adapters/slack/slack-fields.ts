import type { types } from "@slack/bolt";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import type { DocumentBlock } from "../../src/chat/document/reply-document.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { inlineToMrkdwn } from "./inline-to-mrkdwn.js";
import { slackLimits } from "./slack-limits.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

type Field = Extract<DocumentBlock, { type: "fields" }>["fields"][number];

/** Label and value pairs as sections of at most ten fields, each cut to what a field holds. */
export function slackFields(fields: readonly Field[]): types.SectionBlock[] {
  return inGroupsOf(fields, slackLimits.fieldsPerSection).map((group) => ({
    type: "section",
    fields: group.map((field) => ({
      type: "mrkdwn" as const,
      text: truncateMrkdwn(
        `*${escapeMrkdwn(field.label)}*\n${inlineToMrkdwn(field.value)}`,
        slackLimits.fieldText,
      ),
    })),
  }));
}
