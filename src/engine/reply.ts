import type { Fix } from "../flow/flow-schema.js";
import type { CauseStanding } from "./cause-standing.js";
import type { EvidenceSummary } from "./evidence-summary.js";
import type { ProbesNotRun } from "./probes-not-run.js";
import type { RecheckResult } from "./recheck.js";
import type { RestartHint } from "./restart-hint.js";
import type {
  FixFeedback,
  GivenAnswer,
  RuledOutCause,
  ServerReportRecord,
  SessionStatus,
} from "./session.js";

/** One piece of evidence that moved a cause, with where it came from so the reply can explain itself. */
export interface EvidenceItem {
  source: "answer" | "finding" | "feedback";
  /** Question id=answer id, finding id, or cause id/fix id for feedback. */
  ref: string;
  /** What a human reads: "Client shows: 0x904 / extended 0x7", "certificate expired 2021-01-01". */
  label: string;
  bits: number;
}

export interface RankedCause {
  id: string;
  title: string;
  explanation: string;
  /** Posterior probability, 0..1; all causes of a ranking sum to 1. */
  confidence: number;
  rank: number;
  evidenceFor: EvidenceItem[];
  evidenceAgainst: EvidenceItem[];
  confirm: string[];
  /**
   * Ordered: risk (safe first), then the access needed (user, admin, console). Fixes that did not help stay in
   * place (see `triedFixIds`) so that the labels "1a", "1b" never shift; the next one to try is the first untried.
   */
  fixes: Fix[];
  /** Fixes of this cause somebody tried and that did not help. */
  triedFixIds: string[];
  standing: CauseStanding;
  /** Set aside (`standing` is not open): every fix was tried, or the person ruled it out; listed after the open causes. */
  demoted: boolean;
}

export interface QuestionReply {
  kind: "question";
  questionId: string;
  text: string;
  help?: string;
  answers: Array<{ id: string; label: string }>;
  /** Asked again because the person corrected what was read from their message: the answer read then. */
  readAs?: { answerId: string; label: string };
  /** 1-based number of this question and the most the flow will ask. */
  number: number;
  maxQuestions: number;
}

/** What was read from the person's words, shown once before the first question so they can correct it. */
export interface ReadingReply {
  kind: "reading";
  facts: Array<{
    questionId: string;
    answerId: string;
    /** The message's words that said it. */
    words: string;
    /** The question and the answer as the flow words them (placeholders filled). */
    question: string;
    answer: string;
  }>;
}

export interface DiagnosisReply {
  kind: "diagnosis";
  host: string;
  port: number;
  /** Every cause, best first; a renderer shows the first `shown` and offers the rest. */
  causes: RankedCause[];
  shown: number;
  findings: Array<{ id: string; detail?: string; address?: string; at: string; explanation: string }>;
  probeSummary?: string;
  /** Present when the probes did not run because they were refused or skipped: said on the card. */
  probesNotRun?: ProbesNotRun;
  /** Why the engine stopped asking. */
  reason:
    | "confident"
    | "question-limit"
    | "no-useful-question"
    | "asked-for-results"
    | "feedback"
    | "show-more"
    | "resumed"
    | "recheck"
    | "server-report";
  /** After a re-check that did not prove the fix: what the probes saw before and after it. */
  recheck?: RecheckResult;
  /** Shown causes a server report could confirm, while none was pasted: chat offers "Check the server". */
  serverCheck?: string[];
  /** How strongly the evidence points at the top cause; "weak" means the ranking is a starting point. */
  evidence: EvidenceSummary;
  /** Only when the evidence is weak: what to check next to tell the causes apart. */
  nextChecks?: NextChecks;
}

export interface NextChecks {
  /** No probe reported anything: probing is the quickest evidence. */
  probe: boolean;
  /** The open question the chooser rates most useful. */
  question?: { id: string; text: string };
  /** The first check from the top cause's `confirm` list, done on the server. */
  serverCheck?: string;
}

export interface HandoffReply {
  kind: "handoff";
  host: string;
  port: number;
  symptom: string;
  status: SessionStatus;
  from: string;
  to?: string;
  answers: Array<GivenAnswer & { questionText: string; answerLabel: string }>;
  findings: Array<{ id: string; detail?: string; address?: string; at: string; explanation: string }>;
  probeSummary?: string;
  /** Where the pasted server report came from, when one is in: its `server.*` facts are among the findings. */
  serverReport?: ServerReportRecord;
  ranking: RankedCause[];
  triedFixes: Array<FixFeedback & { fixTitle: string }>;
  /** Causes the person said are not it. */
  ruledOut: Array<RuledOutCause & { causeTitle: string }>;
  /** The best untried fix of the best cause that is not ruled out. */
  next?: { causeId: string; fix: Fix };
}

export type Reply =
  | { kind: "text"; text: string }
  /** `restart`: how to start over, worded by whoever shows it (each platform has its own command). */
  | { kind: "notice"; text: string; restart?: RestartHint }
  | { kind: "consent"; host: string; port: number; probes: string[] }
  | ReadingReply
  | QuestionReply
  | DiagnosisReply
  | {
      kind: "solved";
      causeId: string;
      causeTitle: string;
      fixId: string;
      fixTitle: string;
      by: string;
      /** When a re-check proved the fix: the facts before and after it. */
      proof?: RecheckResult;
    }
  | HandoffReply
  | { kind: "cancelled"; by: string };

export type ReplyKind = Reply["kind"];
