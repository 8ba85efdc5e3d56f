import { conversationKeyCodec } from "../../src/chat/conversation-key-codec.js";

/** Sessions live per Slack thread, never per channel or user: everyone in a thread shares one diagnosis. */
export const slackThreadKeys = conversationKeyCodec("slack", {
  team: /[^:]*/,
  channel: /[^:]+/,
  threadTs: /[^:]+/,
});

/** The key the latest diagnosis of a channel is remembered under, for `/rdp-fix handoff`. */
export const slackChannelKeys = conversationKeyCodec("slack", { team: /[^:]*/, channel: /[^:]+/ });
