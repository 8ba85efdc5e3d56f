import type { RankedCause } from "../../src/engine/index.js";
import { escapeMrkdwn, escapeMrkdwnLines } from "./escape-mrkdwn.js";
import { truncateMrkdwn } from "./truncate-mrkdwn.js";

type Fix = RankedCause["fixes"][number];
type Step = Fix["steps"][number];

const shellNames: Record<NonNullable<Step["shell"]>, string> = {
  powershell: "PowerShell",
  cmd: "Command Prompt",
  gui: "console",
  bash: "shell",
};

/**
 * A fix as mrkdwn of at most `budget` characters: title, `[where · needs · risk]`, numbered steps with each
 * command in a code block, the verify step and, for a temporary-insecure fix, how to revert it. Steps are
 * whole or absent: a command that does not fit is named, never cut, since a partial command is dangerous to
 * paste. The revert line is kept whatever else has to go.
 */
export function renderSlackFix(fix: Fix, label: string, budget: number): string {
  const header = `*${escapeMrkdwn(`${label}) ${fix.title}`)}*  _[${fix.where} · needs ${fix.needs} · ${fix.risk}]_`;
  const revert = fix.revert ? [`:warning: *Revert afterwards:* ${escapeMrkdwn(fix.revert)}`] : [];
  const steps = [
    ...fix.steps.map((s, i) => ({ step: s, label: `${i + 1}.` })),
    { step: fix.verify, label: "*Verify:*" },
  ];
  const omittedNote = 90;
  let room = budget - header.length - revert.join("").length - omittedNote;
  const lines = [header];
  for (const [i, { step, label: stepLabel }] of steps.entries()) {
    const full = renderStep(step, stepLabel, true);
    const brief = renderStep(step, stepLabel, false);
    const piece = full.length + 1 <= room ? full : brief.length + 1 <= room ? brief : undefined;
    if (piece === undefined) {
      lines.push(`_…${steps.length - i} more step(s) do not fit in this Slack message._`);
      break;
    }
    lines.push(piece);
    room -= piece.length + 1;
  }
  return truncateMrkdwn([...lines, ...revert].join("\n"), budget);
}

function renderStep(step: Step, label: string, withCommand: boolean): string {
  const shell = step.shell && step.command ? ` _(${shellNames[step.shell]})_` : "";
  const text = `${label} ${escapeMrkdwn(step.text)}${shell}`;
  if (!step.command) return text;
  if (!withCommand)
    return `${text}\n_The command is too long for a Slack message (${step.command.length} characters); run \`rdp-fix diagnose\` in a terminal to see it._`;
  return `${text}\n${formatCommand(step.command, step.shell)}`;
}

/** A command in a code block, copyable as is; a console path inline, unless it would break the inline code. */
export function formatCommand(command: string, shell: Step["shell"]): string {
  const escaped = escapeMrkdwnLines(command);
  if (shell === "gui" && !/[`\n]/.test(command)) return `\`${escaped}\``;
  // A fence inside the command would end the block early; a zero-width space keeps it visibly the same.
  return `\`\`\`\n${escaped.replaceAll("```", "``\u200b`")}\n\`\`\``;
}
