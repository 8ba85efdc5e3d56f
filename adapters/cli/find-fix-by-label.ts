import type { DiagnosisReply } from "../../src/engine/index.js";

/** "1a" as the diagnosis numbers it (cause 1, its first fix) to the cause and fix ids; undefined if none. */
export function findFixByLabel(
  diagnosis: DiagnosisReply,
  label: string,
): { causeId: string; fixId: string } | undefined {
  const match = /^(\d+)([a-z])$/i.exec(label.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const cause = diagnosis.causes[Number(match[1]) - 1];
  const fix = cause?.fixes[match[2].toLowerCase().charCodeAt(0) - 97];
  return cause && fix ? { causeId: cause.id, fixId: fix.id } : undefined;
}
