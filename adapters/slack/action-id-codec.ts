import { actionArgs, actionFromArgs, type ChoiceSpelling } from "../../src/chat/action-codec/action-args.js";
import { resolveFlowIdSegment } from "../../src/chat/action-codec/flow-id-segment.js";
import { previewId } from "../../src/chat/action-codec/preview-id.js";
import { triageAction } from "../../src/chat/action-codec/triage-action.js";
import type { ChatAction } from "../../src/runtime/chat-action.js";

/**
 * Slack's framing of a ChatAction (the args themselves are src/chat/action-codec): `action_id` is
 * `rdpfix:<kind>[:<arg>...]`; its args are flow ids, which are kebab-case and so never contain ':'. The
 * `value` is the session id; for `start-from-triage` it is the host (an IPv6 literal contains ':', so a host
 * never goes into the action_id). A static_select has no `value` of its own: its option values are answer
 * ids and the session id rides in the `block_id` of its actions block (see `encodeAnswerSelect`).
 */

const prefix = "rdpfix";
const spelling: ChoiceSpelling = {
  allow: { true: "allow", false: "deny" },
  outcome: { worked: "worked", "did-not-help": "did-not-help" },
};
/** Session ids are opaque (UUIDs today); whatever they are, they must fit a block_id and have no spaces. */
const sessionIdPattern = /^[\x21-\x7e]{1,255}$/;

export type DecodedSlackAction = { action: ChatAction; sessionId: string } | { error: string };

/** A button's two ids, both echoed back on the click: `value` is the session id (or, for triage, the host). */
export function encodeSlackAction(
  action: ChatAction,
  sessionId: string,
): { actionId: string; value: string } {
  if (action.kind === "start-from-triage")
    return { actionId: `${prefix}:start-from-triage`, value: action.host };
  return { actionId: [prefix, action.kind, ...actionArgs(action, spelling)].join(":"), value: sessionId };
}

/** The select that answers a question with more answers than fit as buttons; option values are answer ids. */
export function encodeAnswerSelect(
  questionId: string,
  sessionId: string,
): { actionId: string; blockId: string } {
  return { actionId: `${prefix}:answer-select:${questionId}`, blockId: sessionId };
}

/**
 * Reads a click back. Never throws: a foreign or forged action id is an answer of `{ error }`. For
 * `start-from-triage` no session exists yet, so `sessionId` is "" and the host is in the action.
 */
export function decodeSlackAction(
  actionId: string,
  value: string,
  selectedValue?: string,
): DecodedSlackAction {
  if (typeof actionId !== "string" || typeof value !== "string")
    return { error: "the click carries no action" };
  const [head, verb, ...args] = actionId.split(":");
  if (head !== prefix || verb === undefined)
    return { error: `not an rdp-fix action: ${previewId(actionId)}` };
  if (verb === "start-from-triage") return args.length > 0 ? malformed(actionId) : triageAction(value);
  if (!sessionIdPattern.test(value)) return { error: "the click carries no session id" };
  const action =
    verb === "answer-select"
      ? actionFromArgs(
          "answer",
          [...args, typeof selectedValue === "string" ? selectedValue : ""],
          spelling,
          plainId,
        )
      : actionFromArgs(verb, args, spelling, plainId);
  return "error" in action ? malformed(actionId) : { action, sessionId: value };
}

/** Slack's ids have room for every flow id as it is: a segment is a plain id or malformed, never a hash. */
const plainId = (segment: string) => resolveFlowIdSegment(segment, []);

function malformed(actionId: string): { error: string } {
  return { error: `malformed rdp-fix action: ${previewId(actionId)}` };
}
