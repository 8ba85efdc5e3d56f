/** One refused attempt: what was asked for, and where in the test it came from. */
export interface NetworkViolation {
  readonly address: string;
  readonly stack: string;
}

// On globalThis, so a module graph re-evaluated in the same worker still shares the one list.
const key = Symbol.for("rdp-fix.test-network-guard.violations");
const store = globalThis as typeof globalThis & { [key]?: NetworkViolation[] };
store[key] ??= [];
const violations = store[key];

/**
 * Records the attempt and returns the error to fail it with. The record is what fails the test: code under
 * test may catch the error and carry on (a probe turns a refused connection into a finding).
 */
export function refuseNetwork(address: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`test network guard: ${address} is not loopback`);
  error.code = "ERR_TEST_NETWORK_GUARD";
  violations.push({ address, stack: error.stack ?? error.message });
  return error;
}

/** Every attempt refused since the last call; the list is emptied. */
export function takeNetworkViolations(): NetworkViolation[] {
  return violations.splice(0);
}
