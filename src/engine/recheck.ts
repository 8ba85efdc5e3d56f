import type { ObservedFinding } from "./observed-finding.js";

/** A re-check under way: which fix the person applied, and what the probes saw before it. */
export interface PendingRecheck {
  causeId: string;
  fixId: string;
  before: ObservedFinding[];
  /** The facts from before it (absent on sessions probed before facts were kept). */
  beforeFacts?: ObservedFinding[];
  by: string;
  at: string;
}

/**
 * What a re-check found: "fixed" when every finding that pointed at the cause is gone and no new trouble
 * came, "unchanged" when the same ones are still there, "changed" when some moved (or the old ones went
 * but new trouble came), "not-visible" when the probes never saw this cause (only the client can tell).
 */
export type RecheckVerdict = "fixed" | "unchanged" | "changed" | "not-visible";

/** One fact before and after the fix; absent on a side where the probes did not report it. */
export interface RecheckRow {
  findingId: string;
  explanation: string;
  before?: string;
  after?: string;
}

export interface RecheckResult {
  causeId: string;
  causeTitle: string;
  fixId: string;
  fixTitle: string;
  verdict: RecheckVerdict;
  rows: RecheckRow[];
}
