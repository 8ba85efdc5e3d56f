import type { TextSummary } from "./summarize-text.js";
import type { SituationResult, WayResult } from "./way-result.js";

export interface WaySummary {
  count: number;
  top1: number;
  top3: number;
  meanQuestions: number;
}

export interface AccuracySummary {
  allFacts: WaySummary;
  conversation: WaySummary;
}

/** Shares are 0..1; an empty list scores 0 rather than NaN. */
export function summarizeAccuracy(results: readonly SituationResult[]): AccuracySummary {
  return {
    allFacts: summarizeWay(results.map((r) => r.allFacts)),
    conversation: summarizeWay(results.map((r) => r.conversation)),
  };
}

function summarizeWay(ways: readonly WayResult[]): WaySummary {
  const count = ways.length;
  const share = (hit: (w: WayResult) => boolean) => (count === 0 ? 0 : ways.filter(hit).length / count);
  return {
    count,
    top1: share((w) => w.rankOfTrue === 1),
    top3: share((w) => w.rankOfTrue >= 1 && w.rankOfTrue <= 3),
    meanQuestions: count === 0 ? 0 : ways.reduce((s, w) => s + w.questionsAsked, 0) / count,
  };
}

/** Issue 20's targets, for the reported half: sparse and all situations as conversations, and the posts. */
export function checkExpertTargets(reported: readonly SituationResult[], text: TextSummary): TargetCheck[] {
  const all = summarizeAccuracy(reported).conversation;
  const sparse = summarizeAccuracy(reported.filter((r) => r.sparse)).conversation;
  return [
    { label: "reading precision >= 95 %", met: text.precision >= 0.95 },
    { label: "reading recall >= 75 %", met: text.recall >= 0.75 },
    { label: "conversation top-1 >= 90 % on the sparse situations", met: sparse.top1 >= 0.9 },
    { label: "conversation top-1 >= 95 % on all situations", met: all.top1 >= 0.95 },
    { label: "conversation top-3 = 100 % on all situations", met: all.top3 >= 1 },
    { label: "from the text: top-3 = 100 %", met: text.top3 >= 1 },
    { label: "from the text: <= 3 questions on average", met: text.meanQuestions <= 3 },
    {
      label: "from the text: at most 1 in 5 conversations re-asks what it said",
      met: text.reAskShare <= 0.2,
    },
  ];
}

export interface TargetCheck {
  label: string;
  met: boolean;
}

/** A target as the bench prints it: met or NOT met, then what it asks. */
export const targetLine = (t: TargetCheck): string => `  ${t.met ? "met    " : "NOT met"}  ${t.label}`;

/** Issue 10's targets, for the reported half. Printed as met / NOT met, never asserted. */
export function checkTargets(reported: AccuracySummary): TargetCheck[] {
  const { allFacts, conversation } = reported;
  return [
    { label: "conversation top-1 >= 85 %", met: conversation.top1 >= 0.85 },
    { label: "conversation top-3 = 100 %", met: conversation.top3 >= 1 },
    { label: "conversation <= 5 questions on average", met: conversation.meanQuestions <= 5 },
    { label: "all facts top-1 >= 90 %", met: allFacts.top1 >= 0.9 },
  ];
}
