import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import { teamsLimits } from "./teams-limits.js";

/** How a person starts a diagnosis in a Teams channel (`<host>` where the host goes): told wherever a reply says how. */
export const teamsCommandSyntax = "@rdp-fix <host>";

/** What the presenter needs to know of Teams: its command, and how much a menu and a button hold. */
export const teamsPresenter: PresenterContext = {
  commandSyntax: teamsCommandSyntax,
  selectOptions: teamsLimits.choices,
  labelLength: teamsLimits.buttonTitle,
  optionLength: teamsLimits.choiceTitle,
};
