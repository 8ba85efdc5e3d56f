import { type Half, splitHalves } from "./split-halves.js";

/** What the split needs to know of a situation or a free-text report. */
interface Case {
  name: string;
  cause: string;
  sparse?: true;
  fresh?: true;
  batch?: string;
}

/**
 * The half of every case. The fresh set was written blind, after the flow had been tuned on both halves, so
 * it is always reported: it is the one measure nobody has looked at. The earlier cases are split set by set
 * (sparse or not, and each later `batch` apart), each on its own, so adding cases to one set moves none of
 * the others to the other half.
 */
export function assignHalves(cases: readonly Case[]): Map<string, Half> {
  const earlier = cases.filter((c) => c.fresh !== true);
  const fresh = cases.filter((c) => c.fresh === true).map((c): [string, Half] => [c.name, "reported"]);
  const sets = new Map<string, Case[]>();
  for (const c of earlier) {
    const key = `${c.sparse === true}:${c.batch ?? ""}`;
    sets.set(key, [...(sets.get(key) ?? []), c]);
  }
  return new Map<string, Half>([...[...sets.values()].flatMap((set) => [...splitHalves(set)]), ...fresh]);
}
