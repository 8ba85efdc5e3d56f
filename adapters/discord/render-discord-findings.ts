import type { DiagnosisReply } from "../../src/engine/index.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { fitLines } from "./fit-lines.js";
import { formatDiscordInlineCode } from "./format-discord-code.js";

type Finding = DiagnosisReply["findings"][number];

/** One finding stays readable on a phone; a certificate field of a kilobyte is not evidence anyone reads. */
const maxLine = 300;

/**
 * What the probes saw, one line each, as many whole lines as fit in `budget` characters, with a note for the
 * rest: `• `tcp.open` [10.0.0.5]: 3 of 3 connections opened`, with the time first for a handoff.
 */
export function renderDiscordFindings(
  findings: readonly Finding[],
  budget: number,
  withTime = false,
): string {
  const lines = findings.map((f) => {
    const at = withTime ? `${formatDiscordTime(f.at)} ` : "";
    const where = f.address ? ` [${escapeDiscordMarkdown(f.address)}]` : "";
    return `• ${at}${formatDiscordInlineCode(f.id)}${where}: ${escapeDiscordMarkdown(f.detail ?? f.explanation)}`;
  });
  return fitLines(lines, budget, (left) => `*…and ${left} more finding(s).*`, maxLine);
}

/** An ISO instant as a compact UTC time, exact and easy to match with logs: 2026-11-21 09:00:05Z. */
export function formatDiscordTime(iso: string): string {
  return escapeDiscordMarkdown(iso.replace("T", " ").replace(/\.\d+Z$/, "Z"));
}
