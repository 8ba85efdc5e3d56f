import { z } from "zod";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";

/**
 * The one place that turns a ChatAction into the `data` of an Adaptive Card action (Action.Execute or
 * Action.Submit) and back. Teams echoes `data` on the click, merged with the card's inputs by their ids: the
 * answer select is the input `answer`, the pasted server report the input `report`.
 */
export interface TeamsActionData {
  rdpfix: 1;
  /** The session the card belongs to; "" for the triage offer, which starts one. */
  session: string;
  action: ChatAction | { kind: "answer-select"; questionId: string } | { kind: "submit-server-report" };
}

export type DecodedTeamsAction =
  | { kind: "click"; action: ChatAction; sessionId: string }
  | { kind: "paste"; text: string; sessionId: string }
  | { kind: "error"; error: string };

export const answerInputId = "answer";
export const reportInputId = "report";

export function encodeTeamsAction(action: TeamsActionData["action"], sessionId: string): TeamsActionData {
  return { rdpfix: 1, session: sessionId, action };
}

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const actionShape = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("consent"), allow: z.boolean() }),
  z.strictObject({ kind: z.literal("answer"), questionId: id, answerId: id }),
  z.strictObject({ kind: z.literal("answer-select"), questionId: id }),
  z.strictObject({ kind: z.literal("skip"), questionId: id }),
  z.strictObject({ kind: z.literal("change-reading"), questionId: id }),
  z.strictObject({
    kind: z.literal("fix-feedback"),
    causeId: id,
    fixId: id,
    outcome: z.enum(["worked", "did-not-help"]),
  }),
  z.strictObject({ kind: z.literal("rule-out-cause"), causeId: id }),
  z.strictObject({ kind: z.literal("recheck"), causeId: id, fixId: id }),
  z.strictObject({
    kind: z.enum([
      "results-now",
      "show-more",
      "check-server",
      "paste-server-report",
      "handoff",
      "resume",
      "cancel",
    ]),
  }),
  z.strictObject({ kind: z.literal("start-from-triage"), host: z.string().max(300) }),
  z.strictObject({ kind: z.literal("submit-server-report") }),
]);
const dataShape = z.looseObject({
  rdpfix: z.literal(1),
  session: z.string().regex(/^[\x21-\x7e]{0,255}$/),
  action: actionShape,
});

/** Reads a click back. Never throws: foreign or forged data is `{ kind: "error" }`. */
export function decodeTeamsAction(data: unknown): DecodedTeamsAction {
  const parsed = dataShape.safeParse(data);
  if (!parsed.success) return { kind: "error", error: "not an rdp-fix card action" };
  const { session, action } = parsed.data;
  const input = (name: string) => (data as Record<string, unknown>)[name];
  if (action.kind === "start-from-triage") {
    // The host was read when the offer was made, but a click can be forged: read it as a typed one.
    const target = parseProbeTarget({ host: action.host });
    return target.ok
      ? { kind: "click", action: { kind: "start-from-triage", host: target.host }, sessionId: "" }
      : { kind: "error", error: `the triage button carries no usable host: ${target.problem}` };
  }
  if (session === "") return { kind: "error", error: "the click carries no session id" };
  if (action.kind === "submit-server-report") {
    const text = input(reportInputId);
    return typeof text === "string" && text.trim() !== ""
      ? { kind: "paste", text, sessionId: session }
      : { kind: "error", error: "the form carries no report" };
  }
  if (action.kind === "answer-select") {
    const answer = id.safeParse(input(answerInputId));
    return answer.success
      ? {
          kind: "click",
          action: { kind: "answer", questionId: action.questionId, answerId: answer.data },
          sessionId: session,
        }
      : { kind: "error", error: "no answer was chosen" };
  }
  return { kind: "click", action, sessionId: session };
}
