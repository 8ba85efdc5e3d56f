import { afterEach, describe, expect, it } from "vitest";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../src/probes/run-probes.js";
import { type ProbeControl, probeControlFromEnv } from "../../src/runtime/probe-control-config.js";
import { runningProbes } from "../../src/runtime/probe-limits.js";
import { createTargetCheck } from "../../src/runtime/probe-target-check.js";
import { runDueWatches } from "../../src/runtime/run-due-watches.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

const servers: FakeRdpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function rdpServer() {
  const fault = findDemoFault("expired-cert");
  if (!fault) throw new Error("the demo has no expired-cert fault");
  const server = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  servers.push(server);
  return server;
}

/** Two due watches of one owner on two loopback RDP servers, and the deps of a round fenced to them. */
async function twoDueWatches(control: ProbeControl) {
  const [a, b] = [await rdpServer(), await rdpServer()];
  const store = new MemoryStateStore();
  for (const server of [a, b])
    await store.watches.putWatch({
      host: "127.0.0.1",
      port: server.port,
      owner: "ops",
      intervalMs: 3_600_000,
      firstDue: Date.now(),
    });
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    allowedPorts: [a.port, b.port],
  });
  return {
    store,
    runProbes: createProbeRunner({ policy, budgetMs: 4000 }),
    checkTarget: createTargetCheck(policy),
    holder: "replica-1",
    leaseMs: 60_000,
    certDays: 14,
    control,
  };
}

describe("runDueWatches: a check is a normal probe run", () => {
  it("GIVEN one owner allowed 1 probe run per hour and two due watches THEN one is checked, the other is held back by the owner's limit (audited) and stays claimed until its lease ends", async () => {
    const deps = await twoDueWatches(probeControlFromEnv({ RDP_FIX_PROBE_RATE: "1/1h" }));
    const { store } = deps;

    const outcomes = await runDueWatches(deps);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["checked", "limited"]);
    const limited = outcomes.find((o) => o.kind === "limited");
    expect(limited?.kind === "limited" && limited.message).toMatch(/RDP_FIX_PROBE_RATE=1\/1h/);
    const audit = await store.listAudit();
    expect(audit.map((e) => [e.platform, e.actor, e.outcome, e.details?.reason ?? null]).sort()).toEqual([
      ["watch", "ops", "finished", null],
      ["watch", "ops", "refused", "rate-limit:user"],
    ]);
    // The held-back check keeps its claim: no second round runs it before the lease ends.
    expect(await runDueWatches(deps)).toEqual([]);
    const watches = await store.watches.listWatches();
    expect(watches.filter((w) => w.lastCheckedAt !== undefined)).toHaveLength(1);
  });

  it("GIVEN one probe run allowed at once and a check another replica is running THEN the next check waits (concurrency), and a run in progress is counted by the conversations' gate too", async () => {
    const deps = await twoDueWatches(probeControlFromEnv({ RDP_FIX_MAX_CONCURRENT_PROBES: "1" }));
    const { store } = deps;
    expect(await store.watches.claimDueWatch("another-replica", 60_000)).toBeDefined();
    expect(await runningProbes(store)).toBe(1);
    const outcomes = await runDueWatches(deps);
    expect(outcomes.map((o) => o.kind)).toEqual(["limited"]);
    const [refused] = (await store.listAudit()).filter((e) => e.outcome === "refused");
    expect(refused?.details?.reason).toBe("concurrency");
  });
});
