/** The engine's public surface: adapters and the runtime import from here, never from engine internals. */

export { assertNever } from "./assert-never.js";
export type { CauseStanding } from "./cause-standing.js";
export { compareRecheck } from "./compare-recheck.js";
export { detectRdpFailure, type RdpFailureReport } from "./detect-rdp-failure.js";
export type { Effect } from "./effect.js";
export { evidenceHeading } from "./evidence-heading.js";
export type { EvidenceStrength, EvidenceSummary } from "./evidence-strength.js";
export { evidenceWords } from "./evidence-words.js";
export { findAnswerProblem } from "./find-reference-problem.js";
export { findingsHeading } from "./findings-heading.js";
export { handoffRanking } from "./handoff-ranking.js";
export type { FixOutcome, InboundEvent } from "./inbound-event.js";
export { nextCheckLines, startingPointLabel, weakEvidenceHeadline } from "./next-check-lines.js";
export { nextFix } from "./next-fix.js";
export type { ObservedFinding } from "./observed-finding.js";
export { type ProbesNotRun, probesNotRunLine } from "./probes-not-run.js";
export { type ReadFact, readDescription } from "./read-description.js";
export type { PendingRecheck, RecheckResult, RecheckRow, RecheckVerdict } from "./recheck.js";
export { recheckHeading, recheckRowText, recheckVerdictText } from "./recheck-lines.js";
export { recheckTarget } from "./recheck-target.js";
export type {
  DiagnosisReply,
  EvidenceItem,
  HandoffReply,
  NextChecks,
  QuestionReply,
  RankedCause,
  ReadingReply,
  Reply,
} from "./reply.js";
export type { RestartHint } from "./restart-hint.js";
export type { Session, SessionStatus } from "./session.js";
export { fixDidNotHelpText, setAsideHeading, standingNote } from "./standing-text.js";
export { defaultRdpPort, plannedProbes } from "./start-session.js";
export { step } from "./step.js";
export type { StepContext, StepResult } from "./step-result.js";
export { stopReasonText } from "./stop-reason-text.js";
