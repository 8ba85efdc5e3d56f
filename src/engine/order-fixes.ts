import type { Fix } from "../flow/flow-schema.js";

const riskOrder: Record<Fix["risk"], number> = { safe: 0, disruptive: 1, "temporary-insecure": 2 };
const accessOrder: Record<Fix["needs"], number> = { user: 0, admin: 1, console: 2 };

/** Safest first, then the least access needed; the flow's own order breaks ties. */
export function orderFixes(fixes: readonly Fix[]): Fix[] {
  return fixes
    .map((fix, index) => ({ fix, index }))
    .sort(
      (a, b) =>
        riskOrder[a.fix.risk] - riskOrder[b.fix.risk] ||
        accessOrder[a.fix.needs] - accessOrder[b.fix.needs] ||
        a.index - b.index,
    )
    .map(({ fix }) => fix);
}
