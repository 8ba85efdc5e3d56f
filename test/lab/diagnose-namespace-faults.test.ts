import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { defaultProbeBudgetMs } from "../../src/probes/run-probes.js";
import type { LabDiagnosis } from "../support/lab/lab-diagnosis.js";
import { type NamespaceLab, startNamespaceLab } from "../support/lab/start-namespace-lab.js";
import type { LabEndpoint } from "../support/lab/start-xrdp-lab.js";

const diagnoseScript = "test/support/lab/netns-scripts/diagnose-main.ts";
let lab: NamespaceLab;
let xrdp: LabEndpoint;

beforeAll(async () => {
  lab = await startNamespaceLab();
  xrdp = await lab.startXrdp("tls_valid");
});

afterEach(async () => {
  await lab?.setFault("none");
});

afterAll(async () => {
  await lab?.stop();
});

const diagnoseFromClient = () =>
  lab.runInClient<LabDiagnosis>(diagnoseScript, [xrdp.host, String(xrdp.port)]);

describe("diagnose across a real routed path (network namespaces)", () => {
  it("GIVEN a healthy path THEN TLS completes and no path fault is reported", async () => {
    const result = await diagnoseFromClient();
    expect(result.findings).toEqual(expect.arrayContaining(["tcp.open", "rdp.selected.ssl"]));
    expect(result.findings).not.toContain("tls.stalled");
  });

  it("GIVEN the small-MTU black hole THEN TLS stalls after a good negotiation and the path leads", async () => {
    await lab.setFault("blackhole");
    const result = await diagnoseFromClient();
    expect(result.findings).toEqual(expect.arrayContaining(["tcp.open", "rdp.selected.ssl", "tls.stalled"]));
    expect(result.causes[0]?.id).toBe("path-mtu");
    expect(result.elapsedMs).toBeLessThan(defaultProbeBudgetMs * 1.2);
  });

  it("GIVEN a firewall that silently drops RDP THEN the connect times out within the budget and the firewall leads", async () => {
    await lab.setFault("drop");
    const result = await diagnoseFromClient();
    expect(result.findings).toContain("tcp.timeout");
    expect(result.causes[0]?.id).toBe("firewall-blocked");
    expect(result.elapsedMs).toBeLessThan(defaultProbeBudgetMs * 1.2);
  });

  it("GIVEN a firewall that rejects with a reset THEN the refusal is reported at once", async () => {
    await lab.setFault("reject");
    const result = await diagnoseFromClient();
    expect(result.findings).toContain("tcp.refused");
    expect(result.findings).not.toContain("tcp.timeout");
  });
});
