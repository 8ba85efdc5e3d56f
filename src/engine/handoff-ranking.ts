import type { RankedCause } from "./reply.js";

/**
 * The causes a handoff lists: the best few still open, then every set-aside cause. The next person must see
 * what was already ruled out, however far down it ranks; `hidden` counts the open causes left off.
 */
export function handoffRanking(
  ranking: RankedCause[],
  openShown: number,
): { shown: RankedCause[]; hidden: number } {
  const open = ranking.filter((c) => c.standing === "open");
  const setAside = ranking.filter((c) => c.standing !== "open");
  return { shown: [...open.slice(0, openShown), ...setAside], hidden: Math.max(0, open.length - openShown) };
}
