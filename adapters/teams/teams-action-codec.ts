import { z } from "zod";
import { flowIdPattern } from "../../src/chat/action-codec/action-fields.js";
import { readSessionAction } from "../../src/chat/action-codec/read-session-action.js";
import { triageAction } from "../../src/chat/action-codec/triage-action.js";
import type { ChatAction } from "../../src/runtime/chat-action.js";

/**
 * The one place that turns a ChatAction into the `data` of an Adaptive Card action (Action.Execute or
 * Action.Submit) and back. Teams echoes `data` on the click, merged with the card's inputs by their ids: the
 * answer select is the input `answer`, the pasted server report the input `report`. Which session actions
 * exist and what they carry is src/chat/action-codec; here are only the card's own kinds.
 */
export interface TeamsActionData {
  rdpfix: 1;
  /** The session the card belongs to; "" for the triage offer, which starts one. */
  session: string;
  action: ChatAction | { kind: "answer-select"; questionId: string } | { kind: "submit-server-report" };
}

export type DecodedTeamsAction =
  /** `starter`: the words of the post a triage offer answered, which its button carries (withTriagePost). */
  | { kind: "click"; action: ChatAction; sessionId: string; starter?: string }
  | { kind: "paste"; text: string; sessionId: string }
  | { kind: "error"; error: string };

export const answerInputId = "answer";
export const reportInputId = "report";
const triagePostField = "post";
/** Enough for a report's words, and small enough that the offer stays far under an activity's size. */
const triagePostLength = 2000;

/**
 * The triage offer with the post it answered on its "Diagnose it" button (Teams' API cannot read a post
 * back), so the click carries the person's words to the diagnosis like Slack's and Discord's do.
 */
export function withTriagePost<T>(offer: T, post: string): T {
  return JSON.parse(
    JSON.stringify(offer),
    (_key, value: { rdpfix?: unknown; action?: { kind?: unknown } }) =>
      value?.rdpfix === 1 && value.action?.kind === "start-from-triage"
        ? { ...value, [triagePostField]: post.slice(0, triagePostLength) }
        : value,
  ) as T;
}

export function encodeTeamsAction(action: TeamsActionData["action"], sessionId: string): TeamsActionData {
  return { rdpfix: 1, session: sessionId, action };
}

const id = z.string().regex(flowIdPattern);
const cardOnlyAction = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("answer-select"), questionId: id }),
  z.strictObject({ kind: z.literal("start-from-triage"), host: z.string().max(300) }),
  z.strictObject({ kind: z.literal("submit-server-report") }),
]);
const dataShape = z.looseObject({
  rdpfix: z.literal(1),
  session: z.string().regex(/^[\x21-\x7e]{0,255}$/),
  action: z.unknown(),
});

/** Reads a click back. Never throws: foreign or forged data is `{ kind: "error" }`. */
export function decodeTeamsAction(data: unknown): DecodedTeamsAction {
  const parsed = dataShape.safeParse(data);
  const raw = parsed.data?.action;
  const action = readSessionAction(raw) ?? cardOnlyAction.safeParse(raw).data;
  if (parsed.data === undefined || action === undefined)
    return { kind: "error", error: "not an rdp-fix card action" };
  const session = parsed.data.session;
  const input = (name: string) => (data as Record<string, unknown>)[name];
  if (action.kind === "start-from-triage") {
    const triage = triageAction(action.host);
    if ("error" in triage) return { kind: "error", error: triage.error };
    const post = input(triagePostField);
    return typeof post === "string"
      ? { kind: "click", ...triage, starter: post.slice(0, triagePostLength) }
      : { kind: "click", ...triage };
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
