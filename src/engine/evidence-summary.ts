export type EvidenceStrength = "weak" | "moderate" | "strong";

/** How strongly the evidence points at the top cause, as a diagnosis reply carries it. */
export interface EvidenceSummary {
  strength: EvidenceStrength;
  /** The sum of the positive evidence bits behind the top cause. */
  topBits: number;
}
