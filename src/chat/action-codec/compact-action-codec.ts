import type { ChatAction } from "../../runtime/chat-action.js";
import type { ActionIds } from "../document/plan-actions.js";
import { actionArgs, actionFromArgs, type ChoiceSpelling } from "./action-args.js";
import type { SessionAction } from "./action-fields.js";
import { hashFlowId, resolveFlowIdSegment } from "./flow-id-segment.js";
import { previewId } from "./preview-id.js";
import { decodeSessionSegment, encodeSessionSegment } from "./session-id-segment.js";
import { triageAction } from "./triage-action.js";

/**
 * How a platform whose component ids have a length limit frames an action (`<prefix>:<verb>:<session>[:<arg>...]`):
 * its prefix, a short verb per kind, the verbs of its two selects, how it spells the choices, and its limits.
 */
export interface CompactFraming {
  prefix: string;
  verbs: Readonly<Record<ChatAction["kind"], string>>;
  /** A select whose option values are the answer ids of one question: `<prefix>:<verb>:<session>:<question>[:<page>]`. */
  answerSelectVerb: string;
  /** A select whose option values are whole actions without their session: `<prefix>:<verb>:<session>`. */
  actionSelectVerb: string;
  spelling: ChoiceSpelling;
  /** The longest id a component may carry, the longest option value of a select, and how many options it holds. */
  idLength: number;
  optionLength: number;
  selectOptions: number;
}

export type DecodedCompactAction = { action: ChatAction; sessionId: string } | { error: string };

/**
 * The codec of one framing. The session is compact (session-id-segment.ts); args are flow ids, which are
 * kebab-case and never hold `:`, or, when the plain form would pass the limit, their hashes
 * (flow-id-segment.ts). The triage offer has no session yet: `<prefix>:<verb>:<host>`, the host last and
 * whole (an IPv6 literal holds `:`). Some actions cannot travel (a long host, a session id with `:`): their
 * id does not decode back, which is how the adapter's button builder finds out.
 */
export function compactActionCodec(framing: CompactFraming) {
  const { prefix, verbs, answerSelectVerb, actionSelectVerb, spelling } = framing;
  const byVerb = new Map<string, string>(Object.entries(verbs).map(([kind, verb]) => [verb, kind]));
  const head = (verb: string, sessionId: string) => [prefix, verb, encodeSessionSegment(sessionId) ?? ""];
  const args = (action: SessionAction, hashed: boolean) =>
    actionArgs(action, spelling, hashed ? hashFlowId : undefined);
  /** `<verb>[:<arg>...]` without the session, as in an id or an action select's value. */
  const decodeVerb = (parts: string[], knownIds: Iterable<string> | undefined) => {
    const [verb = "", ...rest] = parts;
    return actionFromArgs(byVerb.get(verb) ?? "", rest, spelling, (segment) =>
      resolveFlowIdSegment(segment, knownIds),
    );
  };
  const decodeAnswerPick = (
    rest: string[],
    value: string | undefined,
    knownIds: Iterable<string> | undefined,
  ): SessionAction | { error: string } => {
    const [question, page, ...extra] = rest;
    if (question === undefined || value === undefined || extra.length > 0) return malformed;
    if (page !== undefined && !/^[2-9]$/.test(page)) return malformed;
    return decodeVerb([verbs.answer, question, value], knownIds);
  };

  const codec = {
    /** The id of a button asking for `action` in session `sessionId`. */
    encodeAction(action: ChatAction, sessionId: string): string {
      if (action.kind === "start-from-triage") return [prefix, verbs[action.kind], action.host].join(":");
      const start = head(verbs[action.kind], sessionId);
      return fitted((hashed) => [...start, ...args(action, hashed)], framing.idLength);
    },
    /** The id of an answer select; a page after the first (answers that fill several selects) says which. */
    encodeAnswerSelect(questionId: string, sessionId: string, page = 1): string {
      const start = head(answerSelectVerb, sessionId);
      const pageArg = page > 1 ? [String(page)] : [];
      return fitted(
        (hashed) => [...start, hashed ? hashFlowId(questionId) : questionId, ...pageArg],
        framing.idLength,
      );
    },
    /** An answer id as an answer select's option value: hashed when longer than a value may be. */
    encodeAnswerOption(answerId: string): string {
      return answerId.length <= framing.optionLength ? answerId : hashFlowId(answerId);
    },
    encodeActionSelect(sessionId: string): string {
      return head(actionSelectVerb, sessionId).join(":");
    },
    /** An action as an action select's option value. */
    encodeActionOption(action: SessionAction): string {
      return fitted((hashed) => [verbs[action.kind], ...args(action, hashed)], framing.optionLength);
    },
    /**
     * Reads a click back: the id, plus the picked values for a select. Never throws: a foreign or forged id
     * is an answer of `{ error }`. `knownIds` (knownFlowIds of the flow) turns hashed ids back into ids. For
     * `start-from-triage` no session exists yet, so `sessionId` is "".
     */
    decodeAction(
      id: string,
      selectedValues?: readonly string[],
      knownIds?: Iterable<string>,
    ): DecodedCompactAction {
      if (typeof id !== "string" || id.length > framing.idLength)
        return { error: "the click carries no rdp-fix action" };
      const [first, verb, session = "", ...rest] = id.split(":");
      if (first !== prefix || verb === undefined) return { error: `not an rdp-fix action: ${previewId(id)}` };
      if (verb === verbs["start-from-triage"]) return triageAction(id.slice(`${prefix}:${verb}:`.length));
      const sessionId = decodeSessionSegment(session);
      if (sessionId === undefined) return { error: "the click carries no session id" };
      const picked = Array.isArray(selectedValues) ? (selectedValues as unknown[]) : [];
      const value = picked.length === 1 && typeof picked[0] === "string" ? picked[0] : undefined;
      let decoded: SessionAction | { error: string };
      if (verb === answerSelectVerb) decoded = decodeAnswerPick(rest, value, knownIds);
      else if (verb === actionSelectVerb)
        decoded =
          rest.length === 0 && value !== undefined ? decodeVerb(value.split(":"), knownIds) : malformed;
      else if (picked.length > 0) decoded = malformed;
      else decoded = decodeVerb([verb, ...rest], knownIds);
      return "error" in decoded
        ? { error: `${decoded.error}: ${previewId(id)}` }
        : { action: decoded, sessionId };
    },
  };
  /** Whether a click with this id (and picked value) is read back as exactly `action`. */
  const readsBack = (id: string, values: readonly string[], action: ChatAction) => {
    const decoded = codec.decodeAction(id, values, Object.values(action).map(String));
    return "action" in decoded && canonical(decoded.action) === canonical(action);
  };
  const checked = (id: string, values: readonly string[], action: ChatAction) =>
    readsBack(id, values, action) ? id : undefined;
  /**
   * The ids planActions writes, each checked to read back as the very same action, so a click never does
   * another: undefined for one that does not (a host too long for the triage offer, a session that cannot
   * travel), and there is no such button or option.
   */
  const ids: ActionIds = {
    button: (action, session) => checked(codec.encodeAction(action, session), [], action),
    menu: codec.encodeAnswerSelect,
    option: (action, menuId) => {
      const value = codec.encodeAnswerOption(action.answerId);
      return readsBack(menuId, [value], action) ? value : undefined;
    },
    menuOptions: framing.selectOptions,
  };
  /** An action as an option of the action select `selectId`, checked as the ids are. */
  const actionOption = (action: SessionAction, selectId: string) => {
    const value = codec.encodeActionOption(action);
    return readsBack(selectId, [value], action) ? value : undefined;
  };
  return { ...codec, ids, actionOption };
}

function canonical(action: ChatAction): string {
  return JSON.stringify(Object.entries(action).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const malformed = { error: "malformed rdp-fix action" } as const;

/** The plain form when it fits in `limit`, else the one with flow ids hashed. */
function fitted(parts: (hashed: boolean) => string[], limit: number): string {
  const plain = parts(false).join(":");
  return plain.length <= limit ? plain : parts(true).join(":");
}
