import { presentReply } from "../../src/chat/document/present-reply.js";
import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import { discordCommandSyntax } from "./discord-command-syntax.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { fitDiscordDocument } from "./fit-discord-document.js";

/** One row stays for "Skip" / "Results now"; the others can each hold a select of answers. */
const answerSelects = discordLimits.actionRows - 1;

/** What the presenter needs to know of Discord: its command, and how much its menus and buttons hold. */
export const discordPresenter: PresenterContext = {
  commandSyntax: discordCommandSyntax,
  selectOptions: answerSelects * discordLimits.selectOptions,
  labelLength: discordLimits.buttonLabel,
  optionLength: discordLimits.optionLabel,
};

/**
 * Every outbound message as the Discord messages that show it, usually one: presented once for every
 * platform, fitted to Discord's limits, converted to embeds and components.
 */
export function renderDiscordMessages(message: Outbound, context: OutboundContext): DiscordMessage[] {
  return fitDiscordDocument(presentReply(message, discordPresenter), context.sessionId);
}
