import { describe, expect, it } from "vitest";
import { renderAckReport } from "../../bench/slack/render-ack-report.js";

/** A round whose samples are all `ours` and `peer` ms: its p50 and p99 are those values. */
const round = (ours: number, peer: number) => ({
  ours: Array.from({ length: 100 }, () => ours),
  peer: Array.from({ length: 100 }, () => peer),
});

const report = (rounds: ReturnType<typeof round>[]) =>
  renderAckReport({
    title: "ack latency",
    oursName: "rdp-fix",
    peerName: "bare",
    limitName: "a 3 s",
    limitMs: 3000,
    targetRatio: 1.3,
    rounds,
  });

describe("ack report", () => {
  it("GIVEN one noisy round among good ones THEN each round's ratio is listed and the median round meets the target", () => {
    const text = report([round(100, 100), round(120, 100), round(500, 100)]);
    expect(text).toContain("p99 ratio per round: 1.00 1.20 5.00");
    expect(text).toContain("met in 2 of 3 rounds; median round 1.20: met");
  });

  it("GIVEN most rounds over the target THEN the median round does NOT meet it", () => {
    const text = report([round(200, 100), round(140, 100), round(100, 100)]);
    expect(text).toContain("met in 1 of 3 rounds; median round 1.40: NOT met");
  });

  it("GIVEN the pooled samples THEN the table shows both sides' p50 and p99 and their ratios", () => {
    const text = report([round(100, 50), round(300, 100)]);
    expect(text).toMatch(/rdp-fix\s+100 ms\s+300 ms\s+0\.100/);
    expect(text).toMatch(/bare\s+50 ms\s+100 ms\s+0\.033/);
    expect(text).toMatch(/rdp-fix \/ bare\s+2\.00\s+3\.00/);
  });
});
