import type { DiagnosisReply } from "../../src/engine/index.js";
import type { WayResult } from "./way-result.js";

/** The parts of a diagnosis the bench scores: the ranking and where the true cause landed in it. */
export function readDiagnosis(
  diagnosis: DiagnosisReply,
  trueCause: string,
): Pick<WayResult, "ranking" | "rankOfTrue" | "reason"> {
  const ranking = diagnosis.causes.map((c) => c.id);
  return { ranking, rankOfTrue: ranking.indexOf(trueCause) + 1, reason: String(diagnosis.reason) };
}
