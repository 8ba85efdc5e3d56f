import { createHash } from "node:crypto";
import { flowIdPattern } from "./action-fields.js";

/**
 * A flow id (question, answer, cause or fix) as it rides in an id with a length limit (Discord's custom_id
 * and option values: 100 characters). Flow ids are kebab-case and usually short enough to travel as they
 * are; when they are not, each travels as `#` + 8 base64url characters of its SHA-256 (48 bits). A hash
 * names the id, not a position, so it stays right when causes are re-ranked; decoding maps it back through
 * the flow's ids (see knownFlowIds), and an id the flow no longer has is an error, not a guess.
 */

const hashed = /^#[A-Za-z0-9_-]{8}$/;

export function hashFlowId(id: string): string {
  return `#${createHash("sha256").update(id).digest("base64url").slice(0, 8)}`;
}

export type ResolvedFlowId = { id: string } | { error: string };

/** The id a segment names: itself when plain, or the one known id with that hash. Never throws. */
export function resolveFlowIdSegment(
  segment: string,
  knownIds: Iterable<string> | undefined,
): ResolvedFlowId {
  if (flowIdPattern.test(segment)) return { id: segment };
  if (!hashed.test(segment)) return { error: "malformed id" };
  const matches = new Set([...(knownIds ?? [])].filter((id) => hashFlowId(id) === segment));
  const [id] = matches;
  if (id === undefined || matches.size > 1)
    return { error: "the button names a question, answer, cause or fix this flow does not have (any more)" };
  return { id };
}
