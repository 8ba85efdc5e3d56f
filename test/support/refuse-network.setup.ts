import { afterAll, afterEach } from "vitest";
import { installNetworkGuard } from "./network-guard/install-network-guard.js";
import { takeNetworkViolations } from "./network-guard/network-violations.js";

/**
 * Vitest setup file: no test may reach past loopback. Lab tests reach their namespaces from child
 * processes (`ip netns exec`), which this does not patch. An attempt fails the test that made it,
 * even when the code under test caught the error.
 */
installNetworkGuard();

function failOnViolations(): void {
  const violations = takeNetworkViolations();
  if (violations.length === 0) return;
  throw new Error(
    `this test tried to reach the network:\n${violations.map((v) => v.stack).join("\n\n")}\n` +
      "Tests may only connect to localhost, 127.0.0.0/8 or ::1; give the code a fake lookup or a loopback server.",
  );
}

afterEach(failOnViolations);
afterAll(failOnViolations);
