import { describe, expect, it } from "vitest";
import { findingsHeading } from "../../src/engine/index.js";

describe("findingsHeading: where a diagnosis's findings came from", () => {
  it("GIVEN probe findings, report facts or both THEN the heading names the source", () => {
    expect(findingsHeading([{ id: "tcp.open" }, { id: "cert.expired" }])).toBe("What the probes saw");
    expect(findingsHeading([{ id: "server.cert-expired" }])).toBe("What the server report says");
    expect(findingsHeading([{ id: "tcp.open" }, { id: "server.cert-expired" }])).toBe(
      "What the probes and the server report saw",
    );
  });
});
