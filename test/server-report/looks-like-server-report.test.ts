import { describe, expect, it } from "vitest";
import { looksLikeServerReport } from "../../src/server-report/looks-like-server-report.js";

describe("looksLikeServerReport: which chat messages are read as a report", () => {
  it("GIVEN a report line of any version, or the -Json output THEN yes", () => {
    expect(looksLikeServerReport("here it is: RDPFIX1:H4sIAAAA")).toBe(true);
    expect(looksLikeServerReport("RDPFIX2:H4sIAAAA")).toBe(true);
    expect(looksLikeServerReport('{"version":1,"collectedAt":"2026-11-21T09:00:00Z"}')).toBe(true);
  });

  it("GIVEN a message that only talks about the collector THEN no", () => {
    expect(looksLikeServerReport("what is this RDPFIX thing?")).toBe(false);
    expect(looksLikeServerReport("ran it, it printed nothing")).toBe(false);
  });
});
