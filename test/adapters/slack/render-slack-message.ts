import { renderSlackMessages } from "../../../adapters/slack/render-slack-message.js";
import type { SlackMessage } from "../../../adapters/slack/slack-message.js";
import type { Outbound, OutboundContext } from "../../../src/runtime/outbound.js";

/** The one Slack message a reply becomes; a reply that would need follow-ups fails the test. */
export function renderSlackMessage(message: Outbound, context: OutboundContext): SlackMessage {
  const [only, ...more] = renderSlackMessages(message, context);
  if (!only || more.length > 0) throw new Error(`expected one message, got ${more.length + (only ? 1 : 0)}`);
  return only;
}
