import type { HandoffReply } from "../../src/engine/index.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/**
 * The handoff when its diagnosis is already on this screen: only what the screen does not show (who hands
 * off, the symptom, the answers, the fixes tried and what to try next). Probe evidence, ranking and the
 * fixes' steps are the ones printed above.
 */
export function renderHandoffUpdateText(handoff: HandoffReply, style: TerminalStyle): string {
  const to = handoff.to ? ` to ${safe(handoff.to)}` : "";
  const lines = [
    style.bold(
      `Handoff${to} from ${safe(handoff.from)}: ${safe(handoff.host)} port ${handoff.port} (${handoff.status})`,
    ),
    `Symptom: ${safe(handoff.symptom) || "(none given)"}`,
  ];
  if (handoff.answers.length > 0) {
    lines.push(style.bold("Answers:"));
    for (const a of handoff.answers)
      lines.push(`  • ${a.questionText} ${a.answerLabel} ${style.dim(`(${safe(a.by)}, ${safe(a.at)})`)}`);
  }
  if (handoff.triedFixes.length > 0) {
    lines.push(style.bold("Fixes tried:"));
    for (const t of handoff.triedFixes)
      lines.push(`  • ${t.fixTitle}: ${t.outcome} ${style.dim(`(${safe(t.by)}, ${safe(t.at)})`)}`);
  }
  if (handoff.next) lines.push(`${style.bold("Try next:")} ${handoff.next.fix.title}`);
  lines.push(style.dim("Probe evidence, ranking and fix steps: as in the diagnosis above."));
  return lines.join("\n");
}
