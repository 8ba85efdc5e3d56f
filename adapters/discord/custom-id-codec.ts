import { assertNever } from "../../src/engine/index.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";
import type { DiscordAction } from "./discord-action.js";
import { discordLimits } from "./discord-limits.js";
import { hashFlowId, resolveFlowIdSegment } from "./flow-id-segment.js";
import { decodeSessionSegment, encodeSessionSegment } from "./session-id-segment.js";

/**
 * The one place that turns a DiscordAction into a `custom_id` and back.
 *
 *   rf:<verb>:<session>[:<arg>...]      e.g. rf:f:~bxwqnlt9Tgqc6y2PfmobQA:cert-expired:fix-server-clock:n
 *
 * Verbs are one letter (below). The session is compact (session-id-segment.ts). Args are flow ids, which are
 * kebab-case and never hold `:`, or, when the plain form would pass 100 characters, their hashes
 * (flow-id-segment.ts). Flags are one letter: consent y|n, feedback outcome w (worked) | n (did not help).
 * Two string selects say what was picked in their values instead:
 *   rf:q:<session>:<question>[:<page>]  values are answer ids (page 2.. only when answers fill several selects)
 *   rf:v:<session>                      values are `<verb>[:<arg>...]`, an action without its session
 * The triage offer has no session yet: `rf:t:<host>`, the host last and whole (an IPv6 literal holds `:`).
 */

const prefix = "rf";

const verbs = {
  consent: "c",
  answer: "a",
  skip: "s",
  "change-reading": "e",
  "results-now": "r",
  "fix-feedback": "f",
  "rule-out-cause": "o",
  recheck: "k",
  "check-server": "g",
  "paste-server-report": "w",
  "show-more": "m",
  handoff: "h",
  resume: "u",
  cancel: "x",
  "start-from-triage": "t",
} as const satisfies Record<DiscordAction["kind"], string>;

const answerSelectVerb = "q";
const actionSelectVerb = "v";

type SessionAction = Exclude<DiscordAction, { kind: "start-from-triage" }>;

/**
 * The custom_id for a button asking for `action` in session `sessionId`. Some actions cannot travel (a long
 * host, a session id with `:`); their custom_id does not decode back, which is how discordButton finds out.
 */
export function encodeDiscordAction(action: DiscordAction, sessionId: string): string {
  if (action.kind === "start-from-triage") return [prefix, verbs["start-from-triage"], action.host].join(":");
  const head = [prefix, verbs[action.kind], encodeSessionSegment(sessionId) ?? ""];
  const plain = [...head, ...actionArgs(action, false)].join(":");
  return plain.length <= discordLimits.customId ? plain : [...head, ...actionArgs(action, true)].join(":");
}

/** The custom_id of a select whose option values are the answer ids of one question. */
export function encodeAnswerSelect(questionId: string, sessionId: string, page = 1): string {
  const head = [prefix, answerSelectVerb, encodeSessionSegment(sessionId) ?? ""];
  const pageArg = page > 1 ? [String(page)] : [];
  const plain = [...head, questionId, ...pageArg].join(":");
  return plain.length <= discordLimits.customId
    ? plain
    : [...head, hashFlowId(questionId), ...pageArg].join(":");
}

/** An answer id as a select option value (at most 100 characters, so a longer id goes hashed). */
export function encodeAnswerOption(answerId: string): string {
  return answerId.length <= discordLimits.optionValue ? answerId : hashFlowId(answerId);
}

/** The custom_id of a select whose option values are whole actions (see encodeActionOption). */
export function encodeActionSelect(sessionId: string): string {
  return [prefix, actionSelectVerb, encodeSessionSegment(sessionId) ?? ""].join(":");
}

export function encodeActionOption(action: SessionAction): string {
  const plain = [verbs[action.kind], ...actionArgs(action, false)].join(":");
  return plain.length <= discordLimits.optionValue
    ? plain
    : [verbs[action.kind], ...actionArgs(action, true)].join(":");
}

function actionArgs(action: SessionAction, hashed: boolean): string[] {
  const id = (flowId: string) => (hashed ? hashFlowId(flowId) : flowId);
  switch (action.kind) {
    case "consent":
      return [action.allow ? "y" : "n"];
    case "answer":
      return [id(action.questionId), id(action.answerId)];
    case "skip":
    case "change-reading":
      return [id(action.questionId)];
    case "fix-feedback":
      return [id(action.causeId), id(action.fixId), action.outcome === "worked" ? "w" : "n"];
    case "rule-out-cause":
      return [id(action.causeId)];
    case "recheck":
      return [id(action.causeId), id(action.fixId)];
    case "results-now":
    case "show-more":
    case "check-server":
    case "paste-server-report":
    case "handoff":
    case "resume":
    case "cancel":
      return [];
    default:
      return assertNever(action);
  }
}

export type DecodedDiscordAction = { action: DiscordAction; sessionId: string } | { error: string };

const byVerb = new Map<string, DiscordAction["kind"]>(
  Object.entries(verbs).map(([kind, verb]) => [verb, kind as DiscordAction["kind"]]),
);

/**
 * Reads a click back: the custom_id, plus the picked values for a select. Never throws: a foreign or forged
 * custom_id is an answer of `{ error }`. `knownIds` (knownFlowIds of the flow) turns hashed ids back into
 * ids. For `start-from-triage` no session exists yet, so `sessionId` is "".
 */
export function decodeDiscordAction(
  customId: string,
  selectedValues?: readonly string[],
  knownIds?: Iterable<string>,
): DecodedDiscordAction {
  if (typeof customId !== "string" || customId.length > discordLimits.customId)
    return { error: "the click carries no rdp-fix action" };
  const [head, verb, session = "", ...args] = customId.split(":");
  if (head !== prefix || verb === undefined) return { error: `not an rdp-fix action: ${preview(customId)}` };
  if (verb === verbs["start-from-triage"]) {
    // The host was read when the offer was made, but a click can be forged: read it as a typed one.
    const target = parseProbeTarget({ host: customId.slice(`${prefix}:${verb}:`.length) });
    return target.ok
      ? { action: { kind: "start-from-triage", host: target.host }, sessionId: "" }
      : { error: `the triage button carries no usable host: ${target.problem}` };
  }
  const sessionId = decodeSessionSegment(session);
  if (sessionId === undefined) return { error: "the click carries no session id" };
  const picked = Array.isArray(selectedValues) ? (selectedValues as unknown[]) : [];
  const value = picked.length === 1 && typeof picked[0] === "string" ? picked[0] : undefined;
  let decoded: DiscordAction | { error: string };
  if (verb === answerSelectVerb) decoded = decodeAnswerPick(args, value, knownIds);
  else if (verb === actionSelectVerb)
    decoded = args.length === 0 && value !== undefined ? decodeVerb(value.split(":"), knownIds) : malformed();
  else if (picked.length > 0) decoded = malformed();
  else decoded = decodeVerb([verb, ...args], knownIds);
  return "error" in decoded
    ? { error: `${decoded.error}: ${preview(customId)}` }
    : { action: decoded, sessionId };
}

function decodeAnswerPick(
  args: string[],
  value: string | undefined,
  knownIds: Iterable<string> | undefined,
): DiscordAction | { error: string } {
  const [question, page, ...extra] = args;
  if (question === undefined || value === undefined || extra.length > 0) return malformed();
  if (page !== undefined && !/^[2-9]$/.test(page)) return malformed();
  return decodeVerb([verbs.answer, question, value], knownIds);
}

/** `<verb>[:<arg>...]` without the session, as in a custom_id or an action select's value. */
function decodeVerb(
  parts: string[],
  knownIds: Iterable<string> | undefined,
): DiscordAction | { error: string } {
  const [verb = "", ...args] = parts;
  const kind = byVerb.get(verb);
  const [a, b, c] = args;
  switch (kind) {
    case "consent":
      return args.length === 1 && (a === "y" || a === "n") ? { kind, allow: a === "y" } : malformed();
    case "answer": {
      const ids = args.length === 2 ? resolveAll(args, knownIds) : malformed();
      return "error" in ids ? ids : { kind, questionId: ids[0] ?? "", answerId: ids[1] ?? "" };
    }
    case "skip":
    case "change-reading": {
      const ids = args.length === 1 ? resolveAll(args, knownIds) : malformed();
      return "error" in ids ? ids : { kind, questionId: ids[0] ?? "" };
    }
    case "fix-feedback": {
      const ids = args.length === 3 && (c === "w" || c === "n") ? resolveAll([a, b], knownIds) : malformed();
      const outcome = c === "w" ? "worked" : "did-not-help";
      return "error" in ids ? ids : { kind, causeId: ids[0] ?? "", fixId: ids[1] ?? "", outcome };
    }
    case "rule-out-cause": {
      const ids = args.length === 1 ? resolveAll(args, knownIds) : malformed();
      return "error" in ids ? ids : { kind, causeId: ids[0] ?? "" };
    }
    case "recheck": {
      const ids = args.length === 2 ? resolveAll(args, knownIds) : malformed();
      return "error" in ids ? ids : { kind, causeId: ids[0] ?? "", fixId: ids[1] ?? "" };
    }
    case "results-now":
    case "show-more":
    case "check-server":
    case "paste-server-report":
    case "handoff":
    case "resume":
    case "cancel":
      return args.length === 0 ? { kind } : malformed();
    default:
      return malformed();
  }
}

function resolveAll(segments: Array<string | undefined>, knownIds: Iterable<string> | undefined) {
  const ids: string[] = [];
  for (const segment of segments) {
    const resolved = resolveFlowIdSegment(segment ?? "", knownIds);
    if ("error" in resolved) return resolved;
    ids.push(resolved.id);
  }
  return ids;
}

function malformed(): { error: string } {
  return { error: "malformed rdp-fix action" };
}

function preview(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
