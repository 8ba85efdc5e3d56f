import { afterEach, describe, expect, it } from "vitest";
import { type AfterConfirm, type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { makeCertificate } from "../../src/demo/make-certificate.js";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../src/probes/run-probes.js";
import { detectWatchAlerts, type WatchCheckState } from "../../src/runtime/detect-watch-alerts.js";
import { probeTargetFacts } from "../../src/runtime/probe-target-facts.js";

const day = 86_400_000;
const servers: FakeRdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** TLS with a certificate valid until `notAfter`, as the listener presents it after the negotiation. */
function tlsWith(notAfter: Date): AfterConfirm {
  const { keyPem, certPem } = makeCertificate({ ipAddresses: ["127.0.0.1"], notAfter });
  return { kind: "tls", keyPem, certPem };
}

/**
 * A loopback RDP endpoint whose security layer (NLA required, or TLS) and certificate a test changes between
 * checks, and a watch's view of it: each check is a real probe run, compared by the detector on a test clock.
 */
async function watchedEndpoint(afterConfirm: AfterConfirm) {
  let layer: "nla" | "tls" = "nla";
  const server = await startFakeRdpServer({
    confirm: (requested) => {
      const wanted = layer === "nla" ? 0x02 : 0x01;
      return requested !== null && (requested & wanted) !== 0
        ? { kind: "select", protocol: wanted }
        : { kind: "fail", code: layer === "nla" ? 5 : 2 };
    },
    afterConfirm,
  });
  servers.push(server);
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    allowedPorts: [server.port],
  });
  const runProbes = createProbeRunner({ policy, budgetMs: 8000 });
  let state: WatchCheckState | undefined;
  return {
    server,
    setLayer: (next: "nla" | "tls") => {
      layer = next;
    },
    /** One check at `now`: the alerts it raises against the last one. */
    async check(now: Date) {
      const facts = probeTargetFacts(await runProbes({ host: "127.0.0.1", port: server.port }));
      const detected = detectWatchAlerts(state, facts, { certDays: 14, now });
      state = detected.state;
      return detected.alerts;
    },
  };
}

// Several real probe runs per test: a loaded machine gets a minute, not the default 20 s.
describe("detectWatchAlerts: one alert per change, against a loopback endpoint changed between checks", {
  timeout: 60_000,
}, () => {
  it("GIVEN a certificate expiring in 10 days THEN one alert; unchanged THEN none; renewed THEN resolved and replaced; NLA switched off THEN one alert that says so", async () => {
    const now = new Date();
    const endpoint = await watchedEndpoint(tlsWith(new Date(now.getTime() + 10 * day)));

    const first = await endpoint.check(now);
    expect(first).toEqual([expect.objectContaining({ kind: "cert-expiring", state: "raised", daysLeft: 9 })]);
    expect(await endpoint.check(new Date(now.getTime() + 6 * 3_600_000))).toEqual([]);

    endpoint.server.reconfigure(tlsWith(new Date(now.getTime() + 365 * day)));
    const renewed = await endpoint.check(new Date(now.getTime() + 12 * 3_600_000));
    expect(renewed.map((a) => a.kind).sort()).toEqual(["cert-expiring", "certificate-replaced"]);
    expect(renewed).toContainEqual(expect.objectContaining({ kind: "cert-expiring", state: "resolved" }));
    expect(await endpoint.check(new Date(now.getTime() + 18 * 3_600_000))).toEqual([]);

    endpoint.setLayer("tls");
    expect(await endpoint.check(new Date(now.getTime() + day))).toEqual([
      { kind: "protocols-changed", before: ["HYBRID"], after: ["SSL"], meaning: ["nla-dropped", "tls-only"] },
    ]);
    expect(await endpoint.check(new Date(now.getTime() + day + 6 * 3_600_000))).toEqual([]);
  });

  it("GIVEN a certificate that expires while watched THEN 'expiring' once, then 'expired' once, and never again while nothing changes", async () => {
    const now = new Date();
    const endpoint = await watchedEndpoint(tlsWith(new Date(now.getTime() + 3 * day)));
    expect((await endpoint.check(now)).map((a) => [a.kind, "state" in a ? a.state : ""])).toEqual([
      ["cert-expiring", "raised"],
    ]);
    const later = new Date(now.getTime() + 4 * day);
    expect((await endpoint.check(later)).map((a) => [a.kind, "state" in a ? a.state : ""])).toEqual([
      ["cert-expired", "raised"],
    ]);
    expect(await endpoint.check(new Date(later.getTime() + day))).toEqual([]);
  });

  it("GIVEN the port closes THEN 'closed' once, and nothing about the certificate or protocols it can no longer read", async () => {
    const now = new Date();
    const endpoint = await watchedEndpoint(tlsWith(new Date(now.getTime() + 3 * day)));
    await endpoint.check(now);
    await endpoint.server.close();
    const closed = await endpoint.check(new Date(now.getTime() + 3_600_000));
    expect(closed).toEqual([{ kind: "port-closed", state: "raised" }]);
    expect(await endpoint.check(new Date(now.getTime() + 2 * 3_600_000))).toEqual([]);
  });
});
