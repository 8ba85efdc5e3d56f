import { describe, expect, it } from "vitest";
import { assignHalves } from "../../bench/accuracy/assign-halves.js";

// The fresh set must count in the reported half without moving any earlier case across: the tuning half is
// what the flow was tuned on, and the fresh set is the part nobody tuned on.
const earlier = ["cert-expired", "cert-stale-name", "path-mtu"].flatMap((cause) =>
  [1, 2, 3].flatMap((n) => [
    { name: `${cause} ${n}`, cause },
    { name: `${cause} sparse ${n}`, cause, sparse: true as const },
  ]),
);
const fresh = ["cert-expired", "path-mtu", "stale-client"].flatMap((cause) => [
  { name: `fresh: ${cause}`, cause, fresh: true as const },
  { name: `fresh: ${cause} sparse`, cause, sparse: true as const, fresh: true as const },
]);

describe("assignHalves", () => {
  it("GIVEN earlier and fresh cases THEN every fresh case, sparse or not, is in the reported half", () => {
    const halves = assignHalves([...earlier, ...fresh]);
    expect(fresh.map((c) => halves.get(c.name))).toEqual(fresh.map(() => "reported"));
  });

  it("GIVEN fresh cases added THEN no earlier case changes half", () => {
    const before = assignHalves(earlier);
    const after = assignHalves([...fresh.slice(0, 3), ...earlier, ...fresh.slice(3)]);
    expect(earlier.map((c) => after.get(c.name))).toEqual(earlier.map((c) => before.get(c.name)));
  });

  it("GIVEN a later batch of earlier cases added THEN no case written before it changes half", () => {
    const batch = ["cert-expired", "path-mtu"].flatMap((cause) =>
      [1, 2, 3].map((n) => ({ name: `${cause} later ${n}`, cause, batch: "later" })),
    );
    const before = assignHalves(earlier);
    const after = assignHalves([...earlier, ...batch]);
    expect(earlier.map((c) => after.get(c.name))).toEqual(earlier.map((c) => before.get(c.name)));
    expect(new Set(batch.map((c) => after.get(c.name)))).toEqual(new Set(["tuning", "reported"]));
  });

  it("GIVEN only earlier cases THEN both halves are used within each cause", () => {
    const halves = assignHalves(earlier);
    for (const cause of new Set(earlier.map((c) => c.cause))) {
      const of = earlier.filter((c) => c.cause === cause).map((c) => halves.get(c.name));
      expect(new Set(of), cause).toEqual(new Set(["tuning", "reported"]));
    }
  });
});
