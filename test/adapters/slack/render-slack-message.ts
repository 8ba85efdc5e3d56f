import { fitSlackDocument } from "../../../adapters/slack/fit-slack-document.js";
import type { SlackMessage } from "../../../adapters/slack/slack-message.js";
import { slackPresenter } from "../../../adapters/slack/slack-presenter.js";
import { fittedRenderer } from "../../../src/chat/fitted-thread-port.js";
import type { Outbound, OutboundContext } from "../../../src/runtime/outbound.js";

/** What the Slack sender shows: every reply presented once, fitted to Slack's limits, converted to Block Kit. */
const slackRenderer = fittedRenderer(slackPresenter, fitSlackDocument);

/** Every outbound message as the Slack messages that show it, usually one. */
export const renderSlackMessages = (message: Outbound, context: OutboundContext): SlackMessage[] =>
  slackRenderer.render(message, context);

/** Live probe progress as the one message the sender edits in place. */
export const renderSlackProgress = slackRenderer.renderProgress;

/** The one Slack message a reply becomes; a reply that would need follow-ups fails the test. */
export function renderSlackMessage(message: Outbound, context: OutboundContext): SlackMessage {
  const [only, ...more] = renderSlackMessages(message, context);
  if (!only || more.length > 0) throw new Error(`expected one message, got ${more.length + (only ? 1 : 0)}`);
  return only;
}
