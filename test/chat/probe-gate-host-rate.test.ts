import { lookup as osLookup } from "node:dns/promises";
import { describe, expect, it } from "vitest";
import { createProbeGate } from "../../src/chat/probe-gate.js";
import type { DnsLookup } from "../../src/probes/dns-resolve.js";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../../src/probes/probe-policy-defaults.js";
import { hostRateKeys } from "../../src/runtime/host-rate-keys.js";
import { probeControlFromEnv } from "../../src/runtime/probe-control-config.js";
import { createTargetCheck } from "../../src/runtime/probe-target-check.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { offlineLookup } from "../support/offline-lookup.js";

const policy = createProbePolicy(defaultProbePolicyConfig);

/**
 * The real gate on a memory store, one probe run per target per 10 minutes. Numeric IPv4 forms go through
 * the system resolver, which parses them without a query (getaddrinfo's inet_aton); names through the seam.
 */
function gateAllowingOneRunPerHost() {
  const names = { "rdp-01.corp.example": ["10.0.0.5"], "rdp-alias.corp.example": ["10.0.0.5"] };
  const lookup: DnsLookup = (hostname) =>
    hostname in names ? offlineLookup(names)(hostname) : osLookup(hostname, { all: true, verbatim: true });
  return createProbeGate({
    store: new MemoryStateStore(),
    control: probeControlFromEnv({ RDP_FIX_PROBE_HOST_RATE: "1/10m" }),
    checkTarget: createTargetCheck(policy, lookup),
  });
}

/** Each run by another user, so only the per-host limit can refuse it. */
const runAs = (gate: ReturnType<typeof createProbeGate>, user: string, host: string) =>
  gate.beforeRun({ user, platform: "slack" }, { host, port: 3389, conversation: `c-${user}` });

describe("the per-host probe limit counts the machine, not the spelling", () => {
  it.each([
    ["2147483647", "0x7fffffff"],
    ["127.255.255.255", "2147483647"],
    ["0x7f.0xffffff", "127.255.255.255"],
    ["::ffff:127.255.255.255", "127.255.255.255"],
    ["rdp-01.corp.example", "rdp-alias.corp.example"],
    ["rdp-01.corp.example", "10.0.0.5"],
  ])("GIVEN %s was probed THEN %s (the same address) is refused by the host limit", async (first, second) => {
    const gate = gateAllowingOneRunPerHost();
    expect(await runAs(gate, "U1", first)).toMatchObject({ ok: true });
    const refused = await runAs(gate, "U2", second);
    expect(refused).toMatchObject({ ok: false, reason: "rate-limit:host" });
    expect(refused.ok || refused.message).toContain("RDP_FIX_PROBE_HOST_RATE=1/10m");
  });

  it("GIVEN one host was probed THEN another address still has its own allowance", async () => {
    const gate = gateAllowingOneRunPerHost();
    expect(await runAs(gate, "U1", "127.0.0.2")).toMatchObject({ ok: true });
    expect(await runAs(gate, "U2", "127.0.0.3")).toMatchObject({ ok: true });
  });

  it("GIVEN a name THEN it is counted under its name and under each canonical address", () => {
    expect(hostRateKeys("RDP-01.corp.example.", ["10.0.0.5", "FD00:0:0::5"]).map((k) => k.label)).toEqual([
      "rdp-01.corp.example",
      "10.0.0.5",
      "fd00::5",
    ]);
    expect(hostRateKeys("[::1]", ["::1"]).map((k) => k.label)).toEqual(["::1"]);
  });
});
