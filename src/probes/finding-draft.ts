import type { FindingId } from "./finding-ids.js";

/** A finding as a probe's pure mapping produces it; the probe adds the address and the time. */
export interface FindingDraft {
  id: FindingId;
  detail: string;
}
