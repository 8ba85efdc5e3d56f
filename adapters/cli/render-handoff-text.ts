import { formatConfidence } from "../../src/chat/document/format-confidence.js";
import { evidenceHeading, type HandoffReply, handoffRanking, standingNote } from "../../src/engine/index.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import { renderFixText } from "./render-fix-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/**
 * The on-call handoff: the whole state of the diagnosis, readable by someone who saw none of it. People,
 * host, symptom, probe summary and findings go through `safe`; the flow's questions, causes and fixes are
 * trusted.
 */
export function renderHandoffText(handoff: HandoffReply, style: TerminalStyle): string {
  const to = handoff.to ? ` to ${safe(handoff.to)}` : "";
  const lines = [
    style.bold(
      `Handoff${to} from ${safe(handoff.from)}: ${safe(handoff.host)} port ${handoff.port} (${handoff.status})`,
    ),
    `Symptom: ${safe(handoff.symptom) || "(none given)"}`,
  ];
  if (handoff.answers.length > 0) {
    lines.push("", style.bold("Answers:"));
    for (const a of handoff.answers)
      lines.push(`  • ${a.questionText} ${a.answerLabel} ${style.dim(`(${safe(a.by)}, ${safe(a.at)})`)}`);
  }
  if (handoff.probeSummary) lines.push("", safe(handoff.probeSummary));
  if (handoff.serverReport) {
    const { summary, by, at } = handoff.serverReport;
    lines.push("", `Server report: ${safe(summary)} ${style.dim(`(pasted by ${safe(by)}, ${safe(at)})`)}`);
  }
  if (handoff.findings.length > 0) {
    lines.push("", style.bold(`${evidenceHeading(handoff)}:`));
    for (const f of handoff.findings)
      lines.push(
        `  • ${safe(f.at)} ${safe(f.id)}${f.address ? ` [${safe(f.address)}]` : ""}: ${safe(f.detail ?? f.explanation)}`,
      );
  }
  lines.push("", style.bold("Ranking:"));
  // The five best still open, then every set-aside cause, each labelled: the next person must see what was ruled out.
  for (const c of handoffRanking(handoff.ranking, 5).shown) {
    const note = standingNote(c);
    lines.push(`  ${c.rank}. ${c.title} ${formatConfidence(c.confidence)}${note ? ` (${note})` : ""}`);
  }
  if (handoff.triedFixes.length > 0) {
    lines.push("", style.bold("Fixes tried:"));
    for (const t of handoff.triedFixes)
      lines.push(`  • ${t.fixTitle}: ${t.outcome} ${style.dim(`(${safe(t.by)}, ${safe(t.at)})`)}`);
  }
  if (handoff.ruledOut.length > 0) {
    lines.push("", style.bold("Ruled out:"));
    for (const r of handoff.ruledOut)
      lines.push(`  • ${r.causeTitle} ${style.dim(`(${safe(r.by)}, ${safe(r.at)})`)}`);
  }
  if (handoff.next)
    lines.push("", style.bold("Try next:"), ...renderFixText(handoff.next.fix, "a", "  ", style));
  return lines.join("\n");
}
