import type { RankedCause } from "../../engine/index.js";
import { code, emphasis, plain, strong } from "./inline.js";
import type { CodeLanguage, DocumentBlock, Inline } from "./reply-document.js";

type Fix = RankedCause["fixes"][number];
type Step = Fix["steps"][number];

const shellNames: Record<NonNullable<Step["shell"]>, string> = {
  powershell: "PowerShell",
  cmd: "Command Prompt",
  gui: "console",
  bash: "shell",
};

/**
 * A fix: `1a) title  [where · needs · risk]`, numbered steps each with its command to copy, the verify step
 * and, for a temporary-insecure fix, how to revert it. Commands are whole: a platform that cannot hold one
 * says so in the words given here.
 */
export function presentFix(fix: Fix, label: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    {
      type: "paragraph",
      text: [
        strong(`${label}) ${fix.title}`),
        plain("  "),
        emphasis(`[${fix.where} · needs ${fix.needs} · ${fix.risk}]`),
      ],
    },
  ];
  for (const [i, step] of fix.steps.entries()) blocks.push(...presentStep(step, [plain(`${i + 1}. `)]));
  blocks.push(...presentStep(fix.verify, [strong("Verify:"), plain(" ")]));
  if (fix.revert)
    blocks.push({
      type: "paragraph",
      text: [plain("⚠️ "), strong("Revert afterwards:"), plain(` ${fix.revert}`)],
    });
  return blocks;
}

function presentStep(step: Step, label: Inline[]): DocumentBlock[] {
  const shell = step.shell && step.command ? [plain(" "), emphasis(`(${shellNames[step.shell]})`)] : [];
  const line: DocumentBlock = { type: "paragraph", text: [...label, plain(step.text), ...shell] };
  if (!step.command) return [line];
  const language: CodeLanguage = step.shell ?? "text";
  const tooLong = [
    emphasis(`The command is too long for this message (${step.command.length} characters); run `),
    code("rdp-fix diagnose"),
    emphasis(" in a terminal to see it."),
  ];
  return [line, { type: "code", code: step.command, language, tooLong }];
}
