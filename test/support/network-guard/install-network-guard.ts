import { syncBuiltinESMExports } from "node:module";
import { guardDgram } from "./guard-dgram.js";
import { guardDnsLookup } from "./guard-dns-lookup.js";
import { guardNetConnect } from "./guard-net-connect.js";

const installed = Symbol.for("rdp-fix.test-network-guard.installed");
const marker = globalThis as typeof globalThis & { [installed]?: true };

/**
 * Patches the builtins once per process (a worker may run the setup file once per test file), then
 * updates their ESM named exports, so `import { lookup } from "node:dns/promises"` gets the guard too.
 */
export function installNetworkGuard(): void {
  if (marker[installed]) return;
  marker[installed] = true;
  guardNetConnect();
  guardDgram();
  guardDnsLookup();
  syncBuiltinESMExports();
}
