import type { DiscordMessage } from "../../../adapters/discord/discord-message.js";
import { renderDiscordMessages } from "../../../adapters/discord/render-discord-message.js";
import type { Outbound, OutboundContext } from "../../../src/runtime/outbound.js";

/** The one Discord message a reply becomes; a reply that would need follow-ups fails the test. */
export function renderDiscordMessage(message: Outbound, context: OutboundContext): DiscordMessage {
  const [only, ...more] = renderDiscordMessages(message, context);
  if (!only || more.length > 0) throw new Error(`expected one message, got ${more.length + (only ? 1 : 0)}`);
  return only;
}
