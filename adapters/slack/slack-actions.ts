import type { types } from "@slack/bolt";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import type { DocumentButton, DocumentSelect } from "../../src/chat/document/reply-document.js";
import { actionButton } from "./action-button.js";
import { encodeAnswerSelect } from "./action-id-codec.js";
import { actionsBlocks } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";

/**
 * A document's buttons and menus as actions blocks. `used` holds the action_ids already in the message: Slack
 * rejects a message with two alike, so a second button asking the same thing is left out.
 */
export function slackActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  used: Set<string>,
): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  let buttons: Array<types.Button | undefined> = [];
  for (const item of items) {
    if (item.type === "button") {
      const button = actionButton(item.label, item.action, sessionId, item.style);
      if (button?.action_id !== undefined && !used.has(button.action_id)) {
        used.add(button.action_id);
        buttons.push(button);
      }
      continue;
    }
    blocks.push(...actionsBlocks(buttons));
    buttons = [];
    blocks.push(...answerSelect(item, sessionId, used));
  }
  return [...blocks, ...actionsBlocks(buttons)];
}

/** The select has no value of its own: the session id rides in its block's id (see the codec). */
function answerSelect(
  select: DocumentSelect,
  sessionId: string | undefined,
  used: Set<string>,
): types.ActionsBlock[] {
  const first = select.options[0]?.action;
  if (sessionId === undefined || first?.kind !== "answer") return [];
  const { actionId, blockId } = encodeAnswerSelect(first.questionId, sessionId);
  if (actionId.length > slackLimits.actionId || blockId.length > slackLimits.blockId || used.has(actionId))
    return [];
  const options = select.options.flatMap(({ label, action }) =>
    action.kind !== "answer" || action.answerId.length > slackLimits.optionValue
      ? []
      : [
          {
            text: { type: "plain_text" as const, text: cutAtWord(label, slackLimits.optionText) },
            value: action.answerId,
          },
        ],
  );
  if (options.length === 0) return [];
  used.add(actionId);
  return [
    {
      type: "actions",
      block_id: blockId,
      elements: [
        {
          type: "static_select",
          action_id: actionId,
          placeholder: {
            type: "plain_text",
            text: cutAtWord(select.placeholder, slackLimits.placeholderText),
          },
          options: options.slice(0, slackLimits.staticSelectOptions),
        },
      ],
    },
  ];
}
