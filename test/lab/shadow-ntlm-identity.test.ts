import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeRdpEndpoint } from "../../src/probes/probe-rdp-endpoint.js";
import { diagnoseLabTarget } from "../support/lab/lab-diagnosis.js";
import { type ShadowLab, startShadowLab } from "../support/lab/start-shadow-lab.js";
import { offlineLookup } from "../support/offline-lookup.js";

// The real NLA server of the lab (knowledge/lab.md section 5): FreeRDP's winpr answers the NEGOTIATE with this
// machine's hostname (NetBIOS upper-case) and claims Windows 6.1.7601, whatever it runs on.
let lab: ShadowLab;

beforeAll(async () => {
  lab = await startShadowLab({ modes: ["nla"] });
});

afterAll(async () => {
  await lab?.stop();
});

async function probeShadow(host: string) {
  const endpoint = lab.endpoint("nla");
  return probeRdpEndpoint({ address: endpoint.host, port: endpoint.port, host, timeoutMs: 3000 });
}

describe("shadow lab: the NLA server's identity over CredSSP", () => {
  it("GIVEN this machine's hostname THEN the server names it, reports 6.1.7601 and a clock within seconds of ours", async () => {
    const probe = await probeShadow(hostname());
    const ntlm = probe.observation.ntlm;
    if (ntlm?.kind !== "identified") throw new Error(`no identity: ${JSON.stringify(ntlm)}`);
    const shortName = hostname().split(".")[0] ?? "";
    expect(ntlm.identity.netbiosComputerName).toBe(shortName.toUpperCase().slice(0, 15));
    expect(ntlm.identity.dnsComputerName?.toLowerCase()).toBe(hostname().toLowerCase());
    expect(ntlm.identity.version).toEqual({ major: 6, minor: 1, build: 7601 });
    // FreeRDP writes whole seconds, so up to a second behind; more than 5 s would be a bug here.
    expect(Math.abs(ntlm.clockOffsetMs ?? Number.POSITIVE_INFINITY)).toBeLessThan(5000);
    const ids = probe.findings.map((f) => f.id).filter((id) => id.startsWith("ntlm."));
    expect(ids).toEqual(["ntlm.identity", "ntlm.legacy-os"]);
  });

  it("GIVEN localhost typed for a server that calls itself by this machine's name THEN ntlm.name-mismatch", async () => {
    const probe = await probeShadow("localhost");
    const mismatch = probe.findings.find((f) => f.id === "ntlm.name-mismatch");
    expect(mismatch?.detail).toBe(
      `localhost was asked for, but the server calls itself ${hostname().split(".")[0]?.toUpperCase()} / ${hostname()}`,
    );
  });

  it("GIVEN a name whose DNS record points at another computer (host42 -> this lab server) THEN diagnose holds the mismatch as evidence for the wrong host and a stale name", async () => {
    const { host, port } = lab.endpoint("nla");
    const lookup = offlineLookup({ "host42.corp.example": [host] });
    const result = await diagnoseLabTarget("host42.corp.example", port, [], "127.0.0.0/8", lookup);
    expect(result.findings).toContain("ntlm.name-mismatch");
    for (const cause of ["dns-wrong-host", "cert-stale-name"]) {
      const evidence = result.causes.find((c) => c.id === cause)?.evidence.for.map((e) => e.ref);
      expect(evidence).toContain("ntlm.name-mismatch");
    }
  });
});
