import type { ChatAction } from "../../runtime/chat-action.js";

/** Every action but the triage offer, which carries a host and starts a session rather than acting in one. */
export type SessionAction = Exclude<ChatAction, { kind: "start-from-triage" }>;
export type SessionActionKind = SessionAction["kind"];

type FieldsOf<K extends SessionActionKind> = Exclude<keyof Extract<SessionAction, { kind: K }>, "kind">;

/**
 * What each action carries besides its kind, in the order its args travel on the wire. `allow` and
 * `outcome` are choices each platform spells its own way (see ChoiceSpelling); every other field is a flow
 * id (kebab-case, so never holding a separator). Adding an action is one line here, not one per platform.
 */
export const actionFields = {
  consent: ["allow"],
  answer: ["questionId", "answerId"],
  skip: ["questionId"],
  "change-reading": ["questionId"],
  "results-now": [],
  "fix-feedback": ["causeId", "fixId", "outcome"],
  "rule-out-cause": ["causeId"],
  "check-server": [],
  "paste-server-report": [],
  recheck: ["causeId", "fixId"],
  "show-more": [],
  handoff: [],
  resume: [],
  cancel: [],
} as const satisfies { [K in SessionActionKind]: ReadonlyArray<FieldsOf<K>> };

export function isSessionActionKind(kind: string): kind is SessionActionKind {
  return Object.hasOwn(actionFields, kind);
}

/** Flow ids (question, answer, cause, fix) are kebab-case. */
export const flowIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
