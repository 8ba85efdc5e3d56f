import type { Situation } from "./situation.js";

export type Half = "tuning" | "reported";

/** FNV-1a, 32 bits: a fixed hash, so the split never depends on the order situations are written in. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Which half each situation belongs to. Within each cause, situations are ordered by the hash of their name
 * and dealt alternately, so every cause with two or more situations is in both halves.
 */
export function splitHalves(situations: ReadonlyArray<Pick<Situation, "name" | "cause">>): Map<string, Half> {
  const byCause = new Map<string, Array<Pick<Situation, "name" | "cause">>>();
  for (const s of situations) byCause.set(s.cause, [...(byCause.get(s.cause) ?? []), s]);
  const halves = new Map<string, Half>();
  for (const group of byCause.values()) {
    const ordered = [...group].sort((a, b) => fnv1a(a.name) - fnv1a(b.name) || a.name.localeCompare(b.name));
    // The first of each cause goes to the half chosen by its hash, so neither half always gets the extra one.
    const offset = (ordered[0] === undefined ? 0 : fnv1a(ordered[0].name)) % 2;
    for (const [i, s] of ordered.entries())
      halves.set(s.name, (i + offset) % 2 === 0 ? "reported" : "tuning");
  }
  return halves;
}
