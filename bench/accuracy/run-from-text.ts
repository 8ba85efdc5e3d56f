import { step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { Report } from "./reports/report.js";
import { converse } from "./run-conversation.js";
import { benchContext, benchUser } from "./start-situation.js";
import type { TextResult } from "./text-result.js";

/**
 * A conversation started from a person's post: what the engine read from it (checked against the facts the
 * post states), then the questions, answered by an oracle from what the post states and what the writer
 * knows besides. A question about something the post stated is a re-ask: the reading missed it.
 */
export function runFromText(flow: Flow, report: Report): Omit<TextResult, "half" | "fresh"> {
  const ctx = benchContext();
  const start = step(
    flow,
    undefined,
    {
      kind: "start",
      host: "rds01.corp.example",
      text: report.text,
      user: benchUser,
      conversation: `bench-text:${report.name}`,
      probing: false,
    },
    ctx,
  );
  const read = start.session?.reading ?? [];
  const correct = read.filter((f) => report.states[f.questionId] === f.answerId);
  const wrong = read.filter((f) => report.states[f.questionId] !== f.answerId);
  const missed = Object.entries(report.states).filter(
    ([q, a]) => !correct.some((f) => f.questionId === q && f.answerId === a),
  );
  const facts = { ...report.knows, ...report.states };
  const { result, asked } = converse(flow, start, { name: report.name, cause: report.cause, facts }, ctx);
  return {
    name: report.name,
    cause: report.cause,
    reading: {
      stated: Object.keys(report.states).length,
      correct: correct.length,
      wrong: wrong.map((f) => `${f.questionId}=${f.answerId} ("${f.words}")`),
      missed: missed.map(([q, a]) => `${q}=${a}`),
    },
    conversation: { ...result, reAsked: asked.filter((q) => report.states[q] !== undefined).length },
  };
}
