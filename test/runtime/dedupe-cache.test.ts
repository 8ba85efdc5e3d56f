import { describe, expect, it } from "vitest";
import { DedupeCache } from "../../src/runtime/dedupe-cache.js";

describe("DedupeCache", () => {
  it("GIVEN the same key twice within the TTL THEN only the first is a first sighting", () => {
    let now = 0;
    const cache = new DedupeCache(1000, () => now);
    expect(cache.firstSighting("Ev1")).toBe(true);
    now = 999;
    expect(cache.firstSighting("Ev1")).toBe(false);
    expect(cache.firstSighting("Ev2")).toBe(true);
  });

  it("GIVEN the TTL has passed THEN the key is forgotten and memory does not grow", () => {
    let now = 0;
    const cache = new DedupeCache(1000, () => now);
    for (let i = 0; i < 100; i++) cache.firstSighting(`k${i}`);
    now = 1000;
    expect(cache.firstSighting("k0")).toBe(true);
    expect(cache.size).toBe(1);
  });
});
