import { presentReply } from "../../src/chat/document/present-reply.js";
import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import { fitSlackDocument } from "./fit-slack-document.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/** What the presenter needs to know of Slack: its command, and how much a menu and a button hold. */
export const slackPresenter: PresenterContext = {
  commandSyntax: slackCommandSyntax,
  selectOptions: slackLimits.staticSelectOptions,
  labelLength: slackLimits.buttonText,
  optionLength: slackLimits.optionText,
};

/**
 * Every outbound message as the Slack messages that show it, usually one: presented once for every
 * platform, fitted to Slack's limits, converted to Block Kit.
 */
export function renderSlackMessages(
  message: Outbound,
  context: OutboundContext,
  blockText: number = slackLimits.messageBlockText,
): SlackMessage[] {
  return fitSlackDocument(presentReply(message, slackPresenter), context.sessionId, blockText);
}
