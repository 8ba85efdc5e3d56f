import type { HandoffReply } from "../../src/engine/index.js";
import { percent } from "./render-diagnosis-text.js";
import { renderFixText } from "./render-fix-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/** The on-call handoff: the whole state of the diagnosis, readable by someone who saw none of it. */
export function renderHandoffText(handoff: HandoffReply, style: TerminalStyle): string {
  const to = handoff.to ? ` to ${handoff.to}` : "";
  const lines = [
    style.bold(`Handoff${to} from ${handoff.from}: ${handoff.host} port ${handoff.port} (${handoff.status})`),
    `Symptom: ${handoff.symptom || "(none given)"}`,
  ];
  if (handoff.answers.length > 0) {
    lines.push("", style.bold("Answers:"));
    for (const a of handoff.answers)
      lines.push(`  • ${a.questionText} ${a.answerLabel} ${style.dim(`(${a.by}, ${a.at})`)}`);
  }
  if (handoff.probeSummary) lines.push("", handoff.probeSummary);
  if (handoff.findings.length > 0) {
    lines.push("", style.bold("Probe evidence:"));
    for (const f of handoff.findings)
      lines.push(`  • ${f.at} ${f.id}${f.address ? ` [${f.address}]` : ""}: ${f.detail ?? f.explanation}`);
  }
  lines.push("", style.bold("Ranking:"));
  for (const c of handoff.ranking.slice(0, 5)) {
    lines.push(
      `  ${c.rank}. ${c.title} ${percent(c.confidence)}${c.demoted ? " (tried, did not help)" : ""}`,
    );
  }
  if (handoff.triedFixes.length > 0) {
    lines.push("", style.bold("Fixes tried:"));
    for (const t of handoff.triedFixes)
      lines.push(`  • ${t.fixTitle}: ${t.outcome} ${style.dim(`(${t.by}, ${t.at})`)}`);
  }
  if (handoff.next)
    lines.push("", style.bold("Try next:"), ...renderFixText(handoff.next.fix, "a", "  ", style));
  return lines.join("\n");
}
