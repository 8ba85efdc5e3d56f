import { fixLabel } from "../../src/chat/document/fix-label.js";
import { formatConfidence } from "../../src/chat/document/format-confidence.js";
import { presentRecheck } from "../../src/chat/document/present-recheck.js";
import {
  type DiagnosisReply,
  type EvidenceItem,
  evidenceWords,
  findingsHeading,
  fixDidNotHelpText,
  nextCheckLines,
  nextFix,
  type RankedCause,
  setAsideHeading,
  standingNote,
  startingPointLabel,
  stopReasonText,
  weakEvidenceHeadline,
} from "../../src/engine/index.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import { documentToText } from "./document-to-text.js";
import { renderFixText } from "./render-fix-text.js";
import type { TerminalStyle } from "./terminal-style.js";

export interface DiagnosisTextOptions {
  /** Every cause in full (`--all`); otherwise the first `shown` in full and the rest one line each. */
  all?: boolean;
  /** How many causes the terminal already shows in full: "more" then prints only the causes after them. */
  alreadyShown?: number;
}

/**
 * The diagnosis as a terminal report: ranked causes, the evidence behind each, and copyable fixes. Brief by
 * default so the top cause and its first fix fit one screen. A diagnosis without enough evidence says so,
 * names the next checks and labels the ranking as a starting point. The host, the findings and the evidence
 * labels (a finding's detail quotes the server) go through `safe`.
 */
export function renderDiagnosisText(
  diagnosis: DiagnosisReply,
  style: TerminalStyle,
  options: DiagnosisTextOptions = {},
): string {
  const full = options.all ? diagnosis.causes.length : diagnosis.shown;
  if (options.alreadyShown !== undefined) return renderMore(diagnosis, options.alreadyShown, full, style);
  const weak = diagnosis.evidence.strength === "weak";
  const target = `${safe(diagnosis.host)} port ${diagnosis.port}`;
  const lines = [
    style.bold(weak ? `${weakEvidenceHeadline} for ${target}` : `Diagnosis for ${target}`) +
      style.dim(` (${stopReasonText[diagnosis.reason]})`),
  ];
  if (diagnosis.recheck)
    lines.push("", documentToText({ summary: [], blocks: presentRecheck(diagnosis.recheck) }, style));
  if (diagnosis.findings.length > 0) {
    lines.push("", style.bold(`${findingsHeading(diagnosis.findings)}:`));
    for (const f of diagnosis.findings) {
      const where = f.address ? style.dim(` [${safe(f.address)}]`) : "";
      lines.push(`  • ${safe(f.id)}${where}: ${safe(f.detail ?? f.explanation)}`);
    }
  }
  if (weak && diagnosis.nextChecks) {
    lines.push("", style.bold("What would tell the causes apart:"));
    for (const check of nextCheckLines(diagnosis.nextChecks)) lines.push(`  • ${safe(check)}`);
    lines.push("", style.bold(`${startingPointLabel}:`));
  }
  for (const cause of diagnosis.causes.slice(0, full)) lines.push("", ...renderCause(cause, style));
  lines.push(...renderCauseLines(diagnosis.causes.slice(full), style));
  if (diagnosis.serverCheck)
    lines.push(
      "",
      style.dim(
        "The server can settle this: run `rdp-fix collector > rdp-fix-collector.ps1` here, run that file in an elevated PowerShell on the server, and give the RDPFIX1: line it prints to `p` (or --evidence FILE).",
      ),
    );
  return lines.join("\n");
}

/** After "more": only the causes not yet shown in full, then the rest one line each. */
function renderMore(diagnosis: DiagnosisReply, from: number, to: number, style: TerminalStyle): string {
  if (from >= to) return style.dim("Every cause is already shown above.");
  const lines = [style.bold(`More causes for ${safe(diagnosis.host)} port ${diagnosis.port}:`)];
  for (const cause of diagnosis.causes.slice(from, to)) lines.push("", ...renderCause(cause, style));
  lines.push(...renderCauseLines(diagnosis.causes.slice(to), style));
  return lines.join("\n");
}

/** The causes not shown in full, one line each: those still worth trying, then those set aside by feedback. */
function renderCauseLines(causes: readonly RankedCause[], style: TerminalStyle): string[] {
  const line = (c: RankedCause) =>
    `  ${c.rank}. ${c.title}  ${formatConfidence(c.confidence)}${standingSuffix(c, style)}`;
  const open = causes.filter((c) => !c.demoted);
  const setAside = causes.filter((c) => c.demoted);
  return [
    ...(open.length > 0 ? ["", style.bold("Also possible:"), ...open.map(line)] : []),
    ...(setAside.length > 0 ? ["", style.bold(`${setAsideHeading}:`), ...setAside.map(line)] : []),
  ];
}

function renderCause(cause: RankedCause, style: TerminalStyle): string[] {
  const lines = [
    `${style.bold(`${cause.rank}. ${cause.title}`)}  ${formatConfidence(cause.confidence)}${standingSuffix(cause, style)}`,
    `   ${cause.explanation}`,
  ];
  const evidence = [
    ...cause.evidenceFor.map((e) => formatEvidence(e, style)),
    ...cause.evidenceAgainst.map((e) => formatEvidence(e, style)),
  ];
  if (evidence.length > 0) lines.push("   Why:", ...evidence.map((e) => `     ${e}`));
  lines.push("   Confirm:", ...cause.confirm.map((c) => `     - ${c}`));
  if (!nextFix(cause)) lines.push(style.dim("   Every fix for this cause has been tried."));
  lines.push("   Fixes:");
  for (const [i, fix] of cause.fixes.entries()) {
    const label = fixLabel(cause, i);
    if (cause.triedFixIds.includes(fix.id))
      lines.push(style.dim(`     ${label}) ${fix.title}  (${fixDidNotHelpText})`));
    else lines.push(...renderFixText(fix, label, "     ", style));
  }
  return lines;
}

/** " (ruled out)" after a set-aside cause, in the warning colour; nothing for an open one. */
function standingSuffix(cause: RankedCause, style: TerminalStyle): string {
  const note = standingNote(cause);
  return note ? style.bad(` (${note})`) : "";
}

/** "+ expired 2021-01-01: strongly suggests this"; the bits themselves are for --json. */
function formatEvidence(item: EvidenceItem, style: TerminalStyle): string {
  const sign = item.bits > 0 ? style.good("+") : style.bad("−");
  return `${sign} ${safe(item.label)} ${style.dim(`(${evidenceWords(item.bits)})`)}`;
}
