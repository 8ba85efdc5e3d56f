import type { ReadingReply } from "../engine/index.js";
import type { ChatAction } from "./chat-action.js";

/** The words every platform shows for what was read from a message, and one "Change" control per fact. */
export interface ReadingSummary {
  /** "From your message: …" with the person's words that said each fact, then the flow's question and answer. */
  text: string;
  /** "Wrong? Change it." */
  hint: string;
  changes: Array<{ label: string; action: ChatAction }>;
}

const maxLabelWords = 24;

/**
 * The one wording of a reading: plain text (each converter escapes it for its platform) and the controls
 * that re-ask a question whose reading was wrong. Shown once, before the first question.
 */
export function readingSummary(reply: ReadingReply): ReadingSummary {
  // The question stays with its answer: many answers ("Nothing I know of", "No, every host fails") mean
  // nothing without it.
  const facts = reply.facts.map((f) => `"${f.words}": ${f.question} ${f.answer}`);
  const changes = reply.facts.map((f) => ({
    label: `Change "${f.words.length > maxLabelWords ? `${f.words.slice(0, maxLabelWords - 1)}…` : f.words}"`,
    action: { kind: "change-reading" as const, questionId: f.questionId },
  }));
  return {
    text: `From your message: ${facts.join("; ")}.`,
    hint: reply.facts.length === 1 ? "Wrong? Change it." : "Wrong? Change the one that is.",
    changes,
  };
}
