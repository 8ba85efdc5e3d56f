import { assertNever, type RestartHint } from "../engine/index.js";
import { commandFor } from "./command-for.js";

/**
 * A notice as one text, its way to start over worded with this platform's command (`commandSyntax`, with
 * `<host>` where the host goes), so nobody on another platform is told a command they cannot type.
 */
export function noticeText(notice: { text: string; restart?: RestartHint }, commandSyntax: string): string {
  const hint = notice.restart;
  if (hint === undefined) return notice.text;
  const host = hint.kind === "start" ? undefined : hint.host;
  const command = `\`${commandFor(commandSyntax, host ?? "<host>")}\``;
  switch (hint.kind) {
    case "start":
      return `${notice.text} Start one with ${command}.`;
    case "start-new":
      return `${notice.text} Start a new one with ${command}${hint.toProbe ? " to probe" : ""}.`;
    case "probe-again":
      return `${notice.text} Run ${command} again to probe.`;
    default:
      return assertNever(hint);
  }
}
