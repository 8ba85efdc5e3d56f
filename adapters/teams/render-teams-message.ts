import { presentReply } from "../../src/chat/document/present-reply.js";
import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { fitTeamsDocument } from "./fit-teams-document.js";
import { teamsCommandSyntax } from "./teams-command-syntax.js";
import { teamsLimits } from "./teams-limits.js";

/** What the presenter needs to know of Teams: its command, and how much a menu and a button hold. */
export const teamsPresenter: PresenterContext = {
  commandSyntax: teamsCommandSyntax,
  selectOptions: teamsLimits.choices,
  labelLength: teamsLimits.buttonTitle,
  optionLength: teamsLimits.choiceTitle,
};

/**
 * Every outbound message as the Teams messages that show it, usually one: presented once for every
 * platform, fitted to the activity size, converted to Adaptive Cards.
 */
export function renderTeamsMessages(message: Outbound, context: OutboundContext): TeamsActivity[] {
  return fitTeamsDocument(presentReply(message, teamsPresenter), context.sessionId);
}
