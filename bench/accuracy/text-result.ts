import type { Half } from "./split-halves.js";
import type { WayResult } from "./way-result.js";

/** How one free-text report came out: the reading of it, and the conversation started from it. */
export interface TextResult {
  name: string;
  cause: string;
  half: Half;
  /** One of the fresh set, written blind after tuning and always in the reported half. */
  fresh: boolean;
  reading: {
    /** Facts the post states. */
    stated: number;
    /** Facts read that the post states. */
    correct: number;
    /** Facts read that the post does not state, as `question=answer ("words")`. */
    wrong: string[];
    /** Stated facts that were not read, as `question=answer`. */
    missed: string[];
  };
  /** `reAsked`: questions asked about something the post had stated. */
  conversation: WayResult & { reAsked: number };
}
