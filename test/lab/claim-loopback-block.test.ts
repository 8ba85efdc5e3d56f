import { describe, expect, it } from "vitest";
import { claimLoopbackBlock } from "../support/lab/claim-loopback-block.js";

describe("claimLoopbackBlock", () => {
  it("GIVEN two labs claiming at once THEN they get disjoint 127.0.1.x addresses", async () => {
    const [first, second] = await Promise.all([claimLoopbackBlock(), claimLoopbackBlock()]);
    try {
      expect(first.index).not.toBe(second.index);
      const firstAddresses = Array.from({ length: first.size }, (_, i) => first.address(i));
      const secondAddresses = Array.from({ length: second.size }, (_, i) => second.address(i));
      expect(firstAddresses.filter((address) => secondAddresses.includes(address))).toEqual([]);
      expect(firstAddresses.every((address) => /^127\.0\.1\.\d+$/.test(address))).toBe(true);
    } finally {
      await Promise.all([first.release(), second.release()]);
    }
  });

  it("GIVEN a released block THEN it can be claimed again", async () => {
    const first = await claimLoopbackBlock();
    await first.release();
    const again = await claimLoopbackBlock();
    await again.release();
    expect(again.index).toBe(first.index);
  });
});
