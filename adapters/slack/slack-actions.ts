import type { types } from "@slack/bolt";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import {
  type ActionIds,
  type PlannedButton,
  type PlannedMenu,
  planActions,
} from "../../src/chat/document/plan-actions.js";
import type { DocumentButton, DocumentSelect } from "../../src/chat/document/reply-document.js";
import { encodeAnswerSelect, encodeSlackAction } from "./action-id-codec.js";
import { slackLimits } from "./slack-limits.js";

/**
 * Slack's ids within its limits: ids too long (a flow with absurdly long ids) would get the whole message
 * rejected. A question has one select; its session rides in the block_id (see the codec).
 */
const slackIds: ActionIds = {
  button: (action, session) => {
    const { actionId, value } = encodeSlackAction(action, session);
    const fits = value !== "" && value.length <= slackLimits.buttonValue;
    return fits && actionId.length <= slackLimits.actionId ? actionId : undefined;
  },
  menu: (questionId, session, page) => {
    const { actionId, blockId } = encodeAnswerSelect(questionId, session);
    const fits = actionId.length <= slackLimits.actionId && blockId.length <= slackLimits.blockId;
    return page === 1 && fits ? actionId : undefined;
  },
  option: ({ answerId }) => (answerId.length <= slackLimits.optionValue ? answerId : undefined),
  menuOptions: slackLimits.staticSelectOptions,
};

/** A document's buttons and menus (as planActions keeps them) as actions blocks. */
export function slackActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  used: Set<string>,
): types.ActionsBlock[] {
  return planActions(items, sessionId, slackIds, used).flatMap(({ buttons, menus }) => [
    // As many buttons to an actions block as Slack allows; no block when there are none.
    ...inGroupsOf(buttons.map(slackButton), slackLimits.elementsPerActionsBlock).map(
      (elements): types.ActionsBlock => ({ type: "actions", elements }),
    ),
    ...menus.map(answerSelect),
  ]);
}

function slackButton({ button, id, session }: PlannedButton): types.Button {
  return {
    type: "button",
    action_id: id,
    value: encodeSlackAction(button.action, session).value,
    text: { type: "plain_text", text: cutAtWord(button.label, slackLimits.buttonText), emoji: true },
    ...(button.style === undefined ? {} : { style: button.style }),
  };
}

function answerSelect({ select, id, session, questionId, options }: PlannedMenu): types.ActionsBlock {
  const placeholder = cutAtWord(select.placeholder, slackLimits.placeholderText);
  return {
    type: "actions",
    block_id: encodeAnswerSelect(questionId, session).blockId,
    elements: [
      {
        type: "static_select",
        action_id: id,
        placeholder: { type: "plain_text", text: placeholder },
        options: options.map(({ label, value }) => ({
          text: { type: "plain_text", text: cutAtWord(label, slackLimits.optionText) },
          value,
        })),
      },
    ],
  };
}
