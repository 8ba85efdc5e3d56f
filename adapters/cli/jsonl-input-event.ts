import { z } from "zod";
import { type DiagnosisReply, findAnswerProblem, type InboundEvent } from "../../src/engine/index.js";
import { quoteInput } from "../../src/errors/quote-input.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { findCauseByLabel } from "./find-cause-by-label.js";
import { findFixByLabel } from "./find-fix-by-label.js";
import { parseBoundedJson } from "./parse-bounded-json.js";
import { recheckWithoutProbes } from "./recheck-without-probes.js";
import { jsonlInputLineSchema, jsonlInputTypes } from "./schemas/jsonl-input-line-schema.js";
import { serverReportInput } from "./server-report-input.js";

/**
 * The largest line is an evidence line holding the collector's JSON (at most 64 KiB) as an escaped string, and
 * the deepest is that report as an object (six levels); anything far past either is refused unread.
 */
const jsonlLineBounds = { maxLength: 256 * 1024, maxDepth: 32 } as const;

const boundsMessage = {
  "too-long": `the line is longer than ${jsonlLineBounds.maxLength} characters: send one JSON object per line`,
  "too-deep": `the line nests objects or arrays more than ${jsonlLineBounds.maxDepth} deep: no input line does`,
  "not-json": "not JSON: send one JSON object per line",
} as const;

export type JsonlInputResult = { ok: true; event: InboundEvent } | { ok: false; message: string };

/** What the conversation waits for, so a line can be checked against it before the engine sees it. */
export interface JsonlConversationState {
  current: Outbound | undefined;
  diagnosis: DiagnosisReply | undefined;
}

/** One `--jsonl` input line to the event it means, or why it cannot be taken (never an exception). */
export function jsonlInputEvent(
  line: string,
  state: JsonlConversationState,
  flow: Flow,
  user: string,
): JsonlInputResult {
  const parsed = parseBoundedJson(line, jsonlLineBounds);
  if (!parsed.ok) return { ok: false, message: boundsMessage[parsed.problem] };
  const value = parsed.value;
  const type = typeof value === "object" && value !== null && "type" in value ? value.type : undefined;
  if (!jsonlInputTypes.some((known) => known === type))
    return {
      ok: false,
      message: `unknown type ${quoteInput(type)}; types: ${jsonlInputTypes.join(", ")}`,
    };
  const checked = jsonlInputLineSchema.safeParse(value);
  if (!checked.success) return { ok: false, message: `${type}: ${z.prettifyError(checked.error)}` };
  const input = checked.data;
  switch (input.type) {
    case "answer": {
      const problem = findAnswerProblem(flow, input.question, input.answer);
      if (problem) return { ok: false, message: problem };
      const notAsked = notTheCurrentQuestion(input.question, state.current);
      if (notAsked) return { ok: false, message: notAsked };
      return {
        ok: true,
        event: { kind: "answer", questionId: input.question, answerId: input.answer, user },
      };
    }
    case "skip": {
      const notAsked = notTheCurrentQuestion(input.question, state.current);
      if (notAsked) return { ok: false, message: notAsked };
      return { ok: true, event: { kind: "skip-question", questionId: input.question, user } };
    }
    case "results":
      return { ok: true, event: { kind: "results-now", user } };
    case "consent":
      return { ok: true, event: { kind: "consent", allow: input.allow, user } };
    case "feedback": {
      if (!state.diagnosis) return { ok: false, message: "feedback: there is no diagnosis yet" };
      const fix = findFixByLabel(state.diagnosis, input.fix);
      if (!fix)
        return { ok: false, message: `feedback: the last diagnosis has no fix ${quoteInput(input.fix)}` };
      const outcome = input.worked ? "worked" : "did-not-help";
      return { ok: true, event: { kind: "fix-feedback", ...fix, outcome, user } };
    }
    case "rule-out": {
      if (!state.diagnosis) return { ok: false, message: "rule-out: there is no diagnosis yet" };
      const causeId = findCauseByLabel(state.diagnosis, input.cause);
      if (!causeId)
        return { ok: false, message: `rule-out: the last diagnosis has no cause ${quoteInput(input.cause)}` };
      return { ok: true, event: { kind: "rule-out-cause", causeId, user } };
    }
    case "recheck": {
      if (!state.diagnosis) return { ok: false, message: "recheck: there is no diagnosis yet" };
      const fix = findFixByLabel(state.diagnosis, input.fix);
      if (!fix)
        return { ok: false, message: `recheck: the last diagnosis has no fix ${quoteInput(input.fix)}` };
      const noProbes = recheckWithoutProbes(state.diagnosis);
      if (noProbes) return { ok: false, message: `recheck: ${noProbes}` };
      return { ok: true, event: { kind: "recheck", ...fix, user } };
    }
    case "describe":
      return { ok: true, event: { kind: "describe", text: input.text, user } };
    case "correct":
      return { ok: true, event: { kind: "correct-reading", questionId: input.question, user } };
    case "more":
      return { ok: true, event: { kind: "show-more", user } };
    case "handoff":
      return { ok: true, event: { kind: "handoff", user } };
    case "evidence": {
      const text = typeof input.report === "string" ? input.report : JSON.stringify(input.report);
      const report = serverReportInput(text, user);
      return report.ok
        ? { ok: true, event: report.event }
        : { ok: false, message: `evidence: ${report.message}. ${report.advice}` };
    }
  }
}

function notTheCurrentQuestion(questionId: string, current: Outbound | undefined): string | undefined {
  if (current?.kind === "question" && current.questionId === questionId) return undefined;
  const now =
    current?.kind === "question" ? `the question now is "${current.questionId}"` : "no question is open";
  return `question ${quoteInput(questionId)} is not being asked: ${now}`;
}
