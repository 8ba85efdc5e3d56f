/** How one situation came out one way (all facts at once, or as a conversation). */
export interface WayResult {
  /** Cause ids, best first, as the diagnosis ranked them. */
  ranking: string[];
  /** 1-based rank of the true cause; 0 when the diagnosis did not list it. */
  rankOfTrue: number;
  /** Questions the engine asked (answered, "don't know" or skipped alike). */
  questionsAsked: number;
  /** Questions the oracle could answer from the facts. */
  questionsAnswered: number;
  /** Why the engine stopped, as the diagnosis said; "bench-cap" when the bench had to ask for results. */
  reason: string;
  /** Notices the engine sent on the way, e.g. an answer it ignored; a valid situation has none. */
  notices: string[];
}

export interface SituationResult {
  name: string;
  cause: string;
  half: "tuning" | "reported";
  /** One of issue 20's sparse situations (two or three facts, no error code). */
  sparse: boolean;
  /** One of the fresh set, written blind after tuning and always in the reported half. */
  fresh: boolean;
  allFacts: WayResult;
  conversation: WayResult;
}
