import type { PresenterContext } from "../../src/chat/document/presenter-context.js";
import { terminalCommandSyntax } from "./terminal-command-syntax.js";

/**
 * The terminal as the presenter sees it: its own command, and no limit on a choice, so every answer is
 * offered whole (a terminal lists answers, one a line, however many and however long).
 */
export const terminalPresenter: PresenterContext = {
  commandSyntax: terminalCommandSyntax,
  selectOptions: Number.POSITIVE_INFINITY,
  labelLength: Number.POSITIVE_INFINITY,
  optionLength: Number.POSITIVE_INFINITY,
};
