import type { RankedCause } from "../../src/engine/index.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordField } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordCode } from "./format-discord-code.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

type Fix = RankedCause["fixes"][number];
type Step = Fix["steps"][number];

const shellNames: Record<NonNullable<Step["shell"]>, string> = {
  powershell: "PowerShell",
  cmd: "Command Prompt",
  gui: "console",
  bash: "shell",
};
/** Continuation fields have no heading of their own, so the fix reads as one block. */
const continued = "\u200b";
const omittedNote = (left: number) =>
  `*…${left} more step(s) do not fit in this Discord message; \`rdp-fix diagnose\` in a terminal shows them all.*`;

/**
 * A fix as embed fields, at most `budget` characters and `maxFields` fields: `1a) title` over
 * `[where · needs · risk]`, numbered steps with each command in a code block, the verify step and, for a
 * temporary-insecure fix, how to revert it. Steps are whole or absent, and a command is never cut: one too
 * long for a field is named and the user pointed at the terminal, since a partial command is dangerous to
 * paste. The revert line is kept whatever else has to go.
 */
export function renderDiscordFix(fix: Fix, label: string, budget = Infinity, maxFields = 25): DiscordField[] {
  const name = truncateDiscordText(escapeDiscordMarkdown(`${label}) ${fix.title}`), discordLimits.fieldName);
  const revert = fix.revert
    ? [truncateDiscordText(`⚠️ **Revert afterwards:** ${escapeDiscordMarkdown(fix.revert)}`, 500)]
    : [];
  const steps = [
    ...fix.steps.map((step, i) => ({ step, label: `${i + 1}.` })),
    { step: fix.verify, label: "**Verify:**" },
  ];
  let current: DiscordField = { name, value: `*[${fix.where} · needs ${fix.needs} · ${fix.risk}]*` };
  const fields = [current];
  // What the note and the revert line may need, each perhaps in a field of its own.
  const reserved = omittedNote(steps.length).length + revert.join("").length + 2 * (continued.length + 1);
  let room = budget - name.length - current.value.length - reserved;
  for (const [i, { step, label: stepLabel }] of steps.entries()) {
    const full = renderStep(step, stepLabel, true);
    const piece = full.length < discordLimits.fieldValue - 1 ? full : renderStep(step, stepLabel, false);
    const joins = current.value.length + 1 + piece.length <= discordLimits.fieldValue;
    const cost = joins ? piece.length + 1 : piece.length + continued.length;
    if (cost > room || (!joins && fields.length >= maxFields)) {
      appendLine(fields, omittedNote(steps.length - i));
      break;
    }
    if (joins) current.value = `${current.value}\n${piece}`;
    else {
      current = { name: continued, value: piece };
      fields.push(current);
    }
    room -= cost;
  }
  for (const line of revert) appendLine(fields, line);
  return fields;
}

/** Adds a line to the last field, or a field of its own when the last is full (notes are short). */
function appendLine(fields: DiscordField[], line: string): void {
  const last = fields.at(-1);
  if (last && last.value.length + 1 + line.length <= discordLimits.fieldValue)
    last.value = `${last.value}\n${line}`;
  else fields.push({ name: continued, value: line });
}

function renderStep(step: Step, label: string, withCommand: boolean): string {
  const shell = step.shell && step.command ? ` *(${shellNames[step.shell]})*` : "";
  const text = `${label} ${truncateDiscordText(escapeDiscordMarkdown(step.text), 600)}${shell}`;
  if (!step.command) return text;
  if (!withCommand)
    return `${text}\n*The command is too long for Discord (${step.command.length} characters); run \`rdp-fix diagnose\` in a terminal to see it.*`;
  return `${text}\n${formatDiscordCode(step.command, step.shell)}`;
}
