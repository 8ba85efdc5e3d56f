import type { DiagnosisReply } from "../../src/engine/index.js";

/** "2" (the cause's number in the last diagnosis) or a cause id to the cause id; undefined if neither. */
export function findCauseByLabel(diagnosis: DiagnosisReply, label: string): string | undefined {
  const trimmed = label.trim();
  if (/^\d+$/.test(trimmed)) return diagnosis.causes[Number(trimmed) - 1]?.id;
  return diagnosis.causes.find((c) => c.id === trimmed)?.id;
}
