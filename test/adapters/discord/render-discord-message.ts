import type { DiscordMessage } from "../../../adapters/discord/discord-message.js";
import { discordPresenter } from "../../../adapters/discord/discord-presenter.js";
import { fitDiscordDocument } from "../../../adapters/discord/fit-discord-document.js";
import { fittedRenderer } from "../../../src/chat/fitted-thread-port.js";
import type { Outbound, OutboundContext } from "../../../src/runtime/outbound.js";

/** What the Discord sender shows: every reply presented once, fitted to Discord's limits, converted. */
const discordRenderer = fittedRenderer(discordPresenter, fitDiscordDocument);

/** Every outbound message as the Discord messages that show it, usually one. */
export const renderDiscordMessages = (message: Outbound, context: OutboundContext): DiscordMessage[] =>
  discordRenderer.render(message, context);

/** Live probe progress as the one message the sender edits in place. */
export const renderDiscordProgress = discordRenderer.renderProgress;

/** The one Discord message a reply becomes; a reply that would need follow-ups fails the test. */
export function renderDiscordMessage(message: Outbound, context: OutboundContext): DiscordMessage {
  const [only, ...more] = renderDiscordMessages(message, context);
  if (!only || more.length > 0) throw new Error(`expected one message, got ${more.length + (only ? 1 : 0)}`);
  return only;
}
