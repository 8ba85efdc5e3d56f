import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import { discordCommandSyntax } from "./discord-command-syntax.js";
import { discordLimits } from "./discord-limits.js";

/** One row stays for "Skip" / "Results now"; the others can each hold a select of answers. */
const answerSelects = discordLimits.actionRows - 1;

/** What the presenter needs to know of Discord: its command, and how much its menus and buttons hold. */
export const discordPresenter: PresenterContext = {
  commandSyntax: discordCommandSyntax,
  selectOptions: answerSelects * discordLimits.selectOptions,
  labelLength: discordLimits.buttonLabel,
  optionLength: discordLimits.optionLabel,
};
