import type { RankedCause } from "../../src/engine/index.js";
import type { TerminalStyle } from "./terminal-style.js";

type Fix = RankedCause["fixes"][number];
type Step = Fix["steps"][number];

const shellNames: Record<NonNullable<Step["shell"]>, string> = {
  powershell: "PowerShell",
  cmd: "Command Prompt",
  gui: "console",
  bash: "shell",
};

/** A fix as terminal lines. Commands stand alone on their own lines so they can be copied as they are. */
export function renderFixText(fix: Fix, label: string, indent: string, style: TerminalStyle): string[] {
  const lines = [
    `${indent}${style.bold(`${label}) ${fix.title}`)}  ${style.dim(`[${fix.where} · needs ${fix.needs} · ${fix.risk}]`)}`,
  ];
  for (const [i, step] of fix.steps.entries())
    lines.push(...renderStep(step, `${i + 1}.`, `${indent}   `, style));
  lines.push(...renderStep(fix.verify, "Verify:", `${indent}   `, style));
  if (fix.revert) lines.push(`${indent}   ${style.bad("Revert afterwards:")} ${fix.revert}`);
  return lines;
}

function renderStep(step: Step, label: string, indent: string, style: TerminalStyle): string[] {
  const where = step.shell && step.command ? style.dim(` (${shellNames[step.shell]})`) : "";
  const lines = [`${indent}${label} ${step.text}${where}`];
  if (step.command) {
    for (const commandLine of step.command.split("\n")) lines.push(`${indent}     ${commandLine}`);
  }
  return lines;
}
