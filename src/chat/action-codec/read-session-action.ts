import type { FixOutcome } from "../../engine/index.js";
import { actionFields, flowIdPattern, isSessionActionKind, type SessionAction } from "./action-fields.js";

const outcomes: readonly unknown[] = ["worked", "did-not-help"] satisfies FixOutcome[];

/**
 * A session action sent back as a plain object (a platform that echoes JSON, as Teams does with a card
 * action's data), or undefined when it is not exactly one: a known kind, exactly its fields, flow ids in
 * kebab-case. Never throws; the object returned is a fresh copy, never the input.
 */
export function readSessionAction(value: unknown): SessionAction | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { kind, ...rest } = value as Record<string, unknown>;
  if (typeof kind !== "string" || !isSessionActionKind(kind)) return undefined;
  const fields: readonly string[] = actionFields[kind];
  const keys = Object.keys(rest);
  if (keys.length !== fields.length || !keys.every((key) => fields.includes(key))) return undefined;
  const valid = fields.every((field) => {
    const fieldValue = rest[field];
    if (field === "allow") return typeof fieldValue === "boolean";
    if (field === "outcome") return outcomes.includes(fieldValue);
    return typeof fieldValue === "string" && flowIdPattern.test(fieldValue);
  });
  return valid ? ({ kind, ...rest } as SessionAction) : undefined;
}
