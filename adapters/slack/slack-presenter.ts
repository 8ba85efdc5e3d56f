import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import { slackLimits } from "./slack-limits.js";

/** What the presenter needs to know of Slack: its command, and how much a menu and a button hold. */
export const slackPresenter: PresenterContext = {
  commandSyntax: slackCommandSyntax,
  selectOptions: slackLimits.staticSelectOptions,
  labelLength: slackLimits.buttonText,
  optionLength: slackLimits.optionText,
};
