import { actionArgs, actionFromArgs, type ChoiceSpelling } from "../../src/chat/action-codec/action-args.js";
import type { SessionAction } from "../../src/chat/action-codec/action-fields.js";
import { hashFlowId, resolveFlowIdSegment } from "../../src/chat/action-codec/flow-id-segment.js";
import { previewId } from "../../src/chat/action-codec/preview-id.js";
import {
  decodeSessionSegment,
  encodeSessionSegment,
} from "../../src/chat/action-codec/session-id-segment.js";
import { triageAction } from "../../src/chat/action-codec/triage-action.js";
import type { DiscordAction } from "./discord-action.js";
import { discordLimits } from "./discord-limits.js";

/**
 * Discord's framing of a DiscordAction (the args themselves are src/chat/action-codec):
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

const spelling: ChoiceSpelling = {
  allow: { true: "y", false: "n" },
  outcome: { worked: "w", "did-not-help": "n" },
};

const answerSelectVerb = "q";
const actionSelectVerb = "v";

/**
 * The custom_id for a button asking for `action` in session `sessionId`. Some actions cannot travel (a long
 * host, a session id with `:`); their custom_id does not decode back, which is how discordButton finds out.
 */
export function encodeDiscordAction(action: DiscordAction, sessionId: string): string {
  if (action.kind === "start-from-triage") return [prefix, verbs["start-from-triage"], action.host].join(":");
  const head = [prefix, verbs[action.kind], encodeSessionSegment(sessionId) ?? ""];
  return fitted((hashed) => [...head, ...args(action, hashed)], discordLimits.customId);
}

/** The custom_id of a select whose option values are the answer ids of one question. */
export function encodeAnswerSelect(questionId: string, sessionId: string, page = 1): string {
  const head = [prefix, answerSelectVerb, encodeSessionSegment(sessionId) ?? ""];
  const pageArg = page > 1 ? [String(page)] : [];
  return fitted(
    (hashed) => [...head, hashed ? hashFlowId(questionId) : questionId, ...pageArg],
    discordLimits.customId,
  );
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
  return fitted((hashed) => [verbs[action.kind], ...args(action, hashed)], discordLimits.optionValue);
}

/** The plain form when it fits in `limit`, else the one with flow ids hashed. */
function fitted(parts: (hashed: boolean) => string[], limit: number): string {
  const plain = parts(false).join(":");
  return plain.length <= limit ? plain : parts(true).join(":");
}

function args(action: SessionAction, hashed: boolean): string[] {
  return actionArgs(action, spelling, hashed ? hashFlowId : undefined);
}

export type DecodedDiscordAction = { action: DiscordAction; sessionId: string } | { error: string };

const byVerb = new Map<string, string>(Object.entries(verbs).map(([kind, verb]) => [verb, kind]));

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
  const [head, verb, session = "", ...rest] = customId.split(":");
  if (head !== prefix || verb === undefined)
    return { error: `not an rdp-fix action: ${previewId(customId)}` };
  if (verb === verbs["start-from-triage"]) return triageAction(customId.slice(`${prefix}:${verb}:`.length));
  const sessionId = decodeSessionSegment(session);
  if (sessionId === undefined) return { error: "the click carries no session id" };
  const picked = Array.isArray(selectedValues) ? (selectedValues as unknown[]) : [];
  const value = picked.length === 1 && typeof picked[0] === "string" ? picked[0] : undefined;
  let decoded: SessionAction | { error: string };
  if (verb === answerSelectVerb) decoded = decodeAnswerPick(rest, value, knownIds);
  else if (verb === actionSelectVerb)
    decoded = rest.length === 0 && value !== undefined ? decodeVerb(value.split(":"), knownIds) : malformed();
  else if (picked.length > 0) decoded = malformed();
  else decoded = decodeVerb([verb, ...rest], knownIds);
  return "error" in decoded
    ? { error: `${decoded.error}: ${previewId(customId)}` }
    : { action: decoded, sessionId };
}

function decodeAnswerPick(
  rest: string[],
  value: string | undefined,
  knownIds: Iterable<string> | undefined,
): SessionAction | { error: string } {
  const [question, page, ...extra] = rest;
  if (question === undefined || value === undefined || extra.length > 0) return malformed();
  if (page !== undefined && !/^[2-9]$/.test(page)) return malformed();
  return decodeVerb([verbs.answer, question, value], knownIds);
}

/** `<verb>[:<arg>...]` without the session, as in a custom_id or an action select's value. */
function decodeVerb(
  parts: string[],
  knownIds: Iterable<string> | undefined,
): SessionAction | { error: string } {
  const [verb = "", ...rest] = parts;
  return actionFromArgs(byVerb.get(verb) ?? "", rest, spelling, (segment) =>
    resolveFlowIdSegment(segment, knownIds),
  );
}

function malformed(): { error: string } {
  return { error: "malformed rdp-fix action" };
}
