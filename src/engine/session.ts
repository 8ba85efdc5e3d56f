import type { FixOutcome } from "./inbound-event.js";
import type { ObservedFinding } from "./observed-finding.js";
import type { ProbesNotRun } from "./probes-not-run.js";
import type { ReadFact } from "./read-description.js";
import type { PendingRecheck } from "./recheck.js";

export type SessionStatus = "awaiting-consent" | "probing" | "asking" | "diagnosed" | "solved" | "cancelled";

export interface GivenAnswer {
  questionId: string;
  answerId: string;
  by: string;
  at: string;
}

export interface FixFeedback {
  causeId: string;
  fixId: string;
  outcome: FixOutcome;
  by: string;
  at: string;
}

/** The person's word that a cause is not the one, whatever the evidence says. */
export interface RuledOutCause {
  causeId: string;
  by: string;
  at: string;
}

/** Where the server findings of the session came from; the latest report replaces an earlier one. */
export interface ServerReportRecord {
  summary: string;
  computer: string;
  by: string;
  at: string;
}

export interface HandoffRecord {
  from: string;
  to?: string;
  at: string;
}

/**
 * The whole state of one diagnostic conversation. Plain JSON so that a store can persist it and a test can
 * replay it; everything derived (the ranking, the next question) is recomputed from it.
 */
export interface Session {
  id: string;
  flowId: string;
  flowVersion: number;
  conversation: string;
  host: string;
  port: number;
  symptom: string;
  startedBy: string;
  status: SessionStatus;
  probing: boolean;
  probeSummary?: string;
  /** Why the probes did not run, when they were refused or skipped; absent on older sessions. */
  probesNotRun?: ProbesNotRun;
  answers: GivenAnswer[];
  /**
   * The answers among `answers` that were read from the person's own words (the command's text, a describe
   * line), with the words; a correction removes the fact and its answer. Absent on older sessions.
   */
  reading?: ReadFact[];
  skippedQuestions: string[];
  findings: ObservedFinding[];
  feedback: FixFeedback[];
  /** Absent on sessions stored before causes could be ruled out. */
  ruledOut?: RuledOutCause[];
  /** While the probes run again after a fix: which fix, and the findings from before it. */
  recheck?: PendingRecheck;
  /** The last probe run's facts for a re-check to compare (see the probes-finished event). */
  probeFacts?: ObservedFinding[];
  handoffs: HandoffRecord[];
  /** Absent on sessions without a server report, and on those stored before reports existed. */
  serverReport?: ServerReportRecord;
  /** How many causes the diagnosis currently shows; "show more" raises it. */
  shownCauses: number;
  /** Bumped on every accepted step; stores compare-and-set on it. */
  version: number;
  createdAt: string;
  updatedAt: string;
}
