import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRoutelessNamespace,
  type RoutelessNamespace,
} from "../support/lab/create-routeless-namespace.js";
import { runInNamespace } from "../support/lab/run-in-namespace.js";

interface ProbeLine {
  outcome?: { kind: string; code?: string; attempts: number };
  findings?: string[];
  uncaught?: string;
}

// This machine may well have an IPv6 route to fd00::1 (it does in CI containers), so "no route" is made
// real in a namespace with nothing but loopback: the connect fails locally and no packet leaves.
let namespace: RoutelessNamespace;
beforeAll(async () => {
  namespace = await createRoutelessNamespace();
});
afterAll(async () => {
  await namespace?.remove();
});

describe("probeUdp with no route to the address", () => {
  it.each(["fd00::1", "10.99.0.1"])(
    "GIVEN no route to %s THEN the failed connect is udp.unreachable (ENETUNREACH), and the process lives on",
    async (address) => {
      const line = await runInNamespace<ProbeLine>(
        namespace.name,
        "test/support/lab/netns-scripts/udp-probe-main.ts",
        [address, "3389"],
      );
      expect(line).toEqual({
        outcome: { kind: "unreachable", code: "ENETUNREACH", attempts: 0 },
        findings: ["udp.unreachable"],
      });
    },
  );
});
