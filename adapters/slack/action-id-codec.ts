import { assertNever } from "../../src/engine/index.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import type { EncodedSlackAction, SlackAction } from "./slack-action.js";

/**
 * The one place that turns a SlackAction into `action_id` + `value` and back.
 *
 * `action_id` is `rdpfix:<verb>[:<arg>...]`; its args are flow ids, which are kebab-case and so never contain
 * ':'. The `value` is the session id; for `start-from-triage` it is the host (an IPv6 literal contains ':',
 * so a host never goes into the action_id). A static_select has no `value` of its own: its option values are
 * answer ids and the session id rides in the `block_id` of its actions block (see `encodeAnswerSelect`).
 */

const prefix = "rdpfix";
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Session ids are opaque (UUIDs today); whatever they are, they must fit a block_id and have no spaces. */
const sessionIdPattern = /^[\x21-\x7e]{1,255}$/;

export type DecodedSlackAction = { action: SlackAction; sessionId: string } | { error: string };

export function encodeSlackAction(action: SlackAction, sessionId: string): EncodedSlackAction {
  const id = (...parts: string[]) => [prefix, ...parts].join(":");
  switch (action.kind) {
    case "consent":
      return { actionId: id("consent", action.allow ? "allow" : "deny"), value: sessionId };
    case "answer":
      return { actionId: id("answer", action.questionId, action.answerId), value: sessionId };
    case "skip":
      return { actionId: id("skip", action.questionId), value: sessionId };
    case "change-reading":
      return { actionId: id("change-reading", action.questionId), value: sessionId };
    case "fix-feedback":
      return { actionId: id("fix-feedback", action.causeId, action.fixId, action.outcome), value: sessionId };
    case "rule-out-cause":
      return { actionId: id("rule-out-cause", action.causeId), value: sessionId };
    case "recheck":
      return { actionId: id("recheck", action.causeId, action.fixId), value: sessionId };
    case "results-now":
    case "show-more":
    case "check-server":
    case "paste-server-report":
    case "handoff":
    case "resume":
    case "cancel":
      return { actionId: id(action.kind), value: sessionId };
    case "start-from-triage":
      return { actionId: id("start-from-triage"), value: action.host };
    default:
      return assertNever(action);
  }
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
  if (head !== prefix || verb === undefined) return { error: `not an rdp-fix action: ${preview(actionId)}` };
  if (verb === "start-from-triage") {
    if (args.length > 0) return malformed(actionId);
    // The host was read when the offer was made, but a click can be forged: read it as a typed one.
    const target = parseProbeTarget({ host: value });
    if (!target.ok) return { error: `the triage button carries no usable host: ${target.problem}` };
    return { action: { kind: "start-from-triage", host: target.host }, sessionId: "" };
  }
  if (!sessionIdPattern.test(value)) return { error: "the click carries no session id" };
  const action = decodeAction(verb, args, selectedValue);
  return action ? { action, sessionId: value } : malformed(actionId);
}

function decodeAction(
  verb: string,
  args: string[],
  selectedValue: string | undefined,
): SlackAction | undefined {
  if (!args.every((arg) => kebab.test(arg))) return undefined;
  const [a, b, c] = args;
  switch (verb) {
    case "consent":
      return args.length === 1 && (a === "allow" || a === "deny")
        ? { kind: "consent", allow: a === "allow" }
        : undefined;
    case "answer":
      return args.length === 2 && a && b ? { kind: "answer", questionId: a, answerId: b } : undefined;
    case "answer-select":
      return args.length === 1 && a && typeof selectedValue === "string" && kebab.test(selectedValue)
        ? { kind: "answer", questionId: a, answerId: selectedValue }
        : undefined;
    case "skip":
      return args.length === 1 && a ? { kind: "skip", questionId: a } : undefined;
    case "change-reading":
      return args.length === 1 && a ? { kind: "change-reading", questionId: a } : undefined;
    case "fix-feedback":
      return args.length === 3 && a && b && (c === "worked" || c === "did-not-help")
        ? { kind: "fix-feedback", causeId: a, fixId: b, outcome: c }
        : undefined;
    case "rule-out-cause":
      return args.length === 1 && a ? { kind: "rule-out-cause", causeId: a } : undefined;
    case "recheck":
      return args.length === 2 && a && b ? { kind: "recheck", causeId: a, fixId: b } : undefined;
    case "results-now":
    case "show-more":
    case "check-server":
    case "paste-server-report":
    case "handoff":
    case "resume":
    case "cancel":
      return args.length === 0 ? { kind: verb } : undefined;
    default:
      return undefined;
  }
}

function malformed(actionId: string): { error: string } {
  return { error: `malformed rdp-fix action: ${preview(actionId)}` };
}

function preview(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
