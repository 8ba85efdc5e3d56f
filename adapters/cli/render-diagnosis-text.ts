import {
  type DiagnosisReply,
  type EvidenceItem,
  type RankedCause,
  stopReasonText,
} from "../../src/engine/index.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import { renderFixText } from "./render-fix-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/**
 * The diagnosis as a terminal report: ranked causes, the evidence behind each, and copyable fixes. The host,
 * the findings and the evidence labels (a finding's detail quotes the server) go through `safe`.
 */
export function renderDiagnosisText(diagnosis: DiagnosisReply, style: TerminalStyle): string {
  const lines = [
    style.bold(`Diagnosis for ${safe(diagnosis.host)} port ${diagnosis.port}`) +
      style.dim(` (${stopReasonText[diagnosis.reason]})`),
  ];
  if (diagnosis.findings.length > 0) {
    lines.push("", style.bold("What the probes saw:"));
    for (const f of diagnosis.findings) {
      const where = f.address ? style.dim(` [${safe(f.address)}]`) : "";
      lines.push(`  • ${safe(f.id)}${where}: ${safe(f.detail ?? f.explanation)}`);
    }
  }
  for (const cause of diagnosis.causes.slice(0, diagnosis.shown))
    lines.push("", ...renderCause(cause, style));
  const hidden = diagnosis.causes.slice(diagnosis.shown);
  if (hidden.length > 0) {
    lines.push(
      "",
      style.dim(`Also possible: ${hidden.map((c) => `${c.title} ${percent(c.confidence)}`).join(", ")}.`),
    );
  }
  return lines.join("\n");
}

function renderCause(cause: RankedCause, style: TerminalStyle): string[] {
  const tried = cause.demoted ? style.bad(" (a fix was tried and did not help)") : "";
  const lines = [
    `${style.bold(`${cause.rank}. ${cause.title}`)}  ${percent(cause.confidence)}${tried}`,
    `   ${cause.explanation}`,
  ];
  const evidence = [
    ...cause.evidenceFor.map((e) => formatEvidence(e, style)),
    ...cause.evidenceAgainst.map((e) => formatEvidence(e, style)),
  ];
  if (evidence.length > 0) lines.push("   Why:", ...evidence.map((e) => `     ${e}`));
  lines.push("   Confirm:", ...cause.confirm.map((c) => `     - ${c}`));
  if (cause.fixes.length === 0) lines.push(style.dim("   Every fix for this cause has been tried."));
  else lines.push("   Fixes:");
  for (const [i, fix] of cause.fixes.entries())
    lines.push(...renderFixText(fix, fixLetter(i), "     ", style));
  return lines;
}

function formatEvidence(item: EvidenceItem, style: TerminalStyle): string {
  const bits = `${item.bits > 0 ? "+" : ""}${item.bits} bits`;
  return item.bits > 0
    ? `${style.good("+")} ${safe(item.label)} ${style.dim(`(${bits})`)}`
    : `${style.bad("−")} ${safe(item.label)} ${style.dim(`(${bits})`)}`;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Fixes are lettered a, b, c… so "1a" names the first fix of the first cause. */
export function fixLetter(index: number): string {
  return String.fromCharCode(97 + index);
}
