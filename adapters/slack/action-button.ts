import { encodeSlackAction } from "./action-id-codec.js";
import type { SlackAction } from "./slack-action.js";
import type { Button } from "./slack-block-types.js";
import { slackLimits } from "./slack-limits.js";
import { truncatePlainText } from "./truncate-plain-text.js";

/**
 * A button that asks for `action` in session `sessionId`. Without a session there is nothing a click could
 * move on, and ids too long for Slack (a flow with absurdly long ids) would get the whole message rejected:
 * both give no button rather than a broken one.
 */
export function actionButton(
  label: string,
  action: SlackAction,
  sessionId: string | undefined,
  style?: "primary" | "danger",
): Button | undefined {
  if (sessionId === undefined && action.kind !== "start-from-triage") return undefined;
  const { actionId, value } = encodeSlackAction(action, sessionId ?? "");
  if (actionId.length > slackLimits.actionId || value === "" || value.length > slackLimits.buttonValue)
    return undefined;
  return {
    type: "button",
    action_id: actionId,
    value,
    text: { type: "plain_text", text: truncatePlainText(label, slackLimits.buttonText), emoji: true },
    ...(style === undefined ? {} : { style }),
  };
}
