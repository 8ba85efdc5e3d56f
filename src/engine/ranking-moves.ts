import type { RankedCause } from "./reply.js";

/** A move smaller than this (5 points) is noise next to the ones that matter. */
const minimumMove = 0.05;
const mostMoves = 4;

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/**
 * What new evidence changed, in a line: the causes that moved most, e.g. "cert-private-key: 12% -> 97%, now
 * first; cert-expired: 30% -> 1%". Said so that a person sees the report mattered, not only the new ranking.
 */
export function rankingMoves(before: RankedCause[], after: RankedCause[]): string {
  const earlier = new Map(before.map((cause) => [cause.id, cause]));
  const moves = after
    .map((cause) => ({ cause, was: earlier.get(cause.id) }))
    .filter(({ cause, was }) => Math.abs(cause.confidence - (was?.confidence ?? 0)) >= minimumMove)
    .sort(
      (a, b) =>
        Math.abs(b.cause.confidence - (b.was?.confidence ?? 0)) -
        Math.abs(a.cause.confidence - (a.was?.confidence ?? 0)),
    )
    .slice(0, mostMoves);
  if (moves.length === 0) return "The ranking did not change.";
  return `${moves
    .map(({ cause, was }) => {
      const nowFirst = cause.rank === 1 && was?.rank !== 1 ? ", now first" : "";
      return `${cause.id}: ${percent(was?.confidence ?? 0)} -> ${percent(cause.confidence)}${nowFirst}`;
    })
    .join("; ")}.`;
}
