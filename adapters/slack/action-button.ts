import type { types } from "@slack/bolt";
import { buttonSession } from "../../src/chat/action-codec/button-session.js";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { encodeSlackAction } from "./action-id-codec.js";
import type { SlackAction } from "./slack-action.js";
import { slackLimits } from "./slack-limits.js";

/**
 * A button that asks for `action` in session `sessionId`, or none (see buttonSession): ids too long for Slack
 * (a flow with absurdly long ids) would get the whole message rejected, so they give no button either.
 */
export function actionButton(
  label: string,
  action: SlackAction,
  sessionId: string | undefined,
  style?: "primary" | "danger",
): types.Button | undefined {
  const session = buttonSession(action, sessionId);
  if (session === undefined) return undefined;
  const { actionId, value } = encodeSlackAction(action, session);
  if (actionId.length > slackLimits.actionId || value === "" || value.length > slackLimits.buttonValue)
    return undefined;
  return {
    type: "button",
    action_id: actionId,
    value,
    text: { type: "plain_text", text: cutAtWord(label, slackLimits.buttonText), emoji: true },
    ...(style === undefined ? {} : { style }),
  };
}
