import { execa } from "execa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type NamespaceLab, startNamespaceLab } from "../support/lab/start-namespace-lab.js";
import type { LabEndpoint } from "../support/lab/start-xrdp-lab.js";
import { requestedProtocol } from "../support/lab/x224-bytes.js";

const sslHybridHybridEx = requestedProtocol.ssl | requestedProtocol.hybrid | requestedProtocol.hybridEx;
const selectedSsl = "030000130ed000001234000201080001000000";
const stageTimeoutMs = 3000;

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

describe("namespace lab: client -> router -> server with xrdp in the server namespace", () => {
  it("GIVEN the lab is up THEN the root namespace has no lab address and no route to it", async () => {
    const { stdout: addresses } = await execa("ip", ["-4", "-o", "addr", "show"]);
    const { stdout: routes } = await execa("ip", ["-4", "route", "show"]);
    expect(`${addresses}\n${routes}`).not.toMatch(/10\.20[01]\./);
  });

  it("GIVEN no fault THEN TCP, X.224 and TLS all complete from the client namespace", async () => {
    const check = await lab.checkHandshakeFromClient(xrdp, sslHybridHybridEx, stageTimeoutMs);
    expect(check).toMatchObject({ tcp: "connected", x224Hex: selectedSsl, tls: "established" });
  });

  it("GIVEN the PMTU black hole THEN TCP and X.224 pass but TLS does not complete within 3 s", async () => {
    await lab.setFault("blackhole");
    const check = await lab.checkHandshakeFromClient(xrdp, sslHybridHybridEx, stageTimeoutMs);
    expect(check).toMatchObject({ tcp: "connected", x224: "answered", x224Hex: selectedSsl, tls: "timeout" });
  });

  it("GIVEN a silent drop THEN the TCP connect times out", async () => {
    await lab.setFault("drop");
    const check = await lab.checkHandshakeFromClient(xrdp, sslHybridHybridEx, stageTimeoutMs);
    expect(check).toEqual({ tcp: "timeout", x224: "not-reached", tls: "not-reached" });
  });

  it("GIVEN a reject with TCP reset THEN the connection is refused", async () => {
    await lab.setFault("reject");
    const check = await lab.checkHandshakeFromClient(xrdp, sslHybridHybridEx, stageTimeoutMs);
    expect(check).toEqual({ tcp: "ECONNREFUSED", x224: "not-reached", tls: "not-reached" });
  });

  it("GIVEN an NLA shadow server in the server namespace THEN the client namespace sees HYBRID selected", async () => {
    const nla = await lab.startShadow("nla", 3392);
    const check = await lab.checkHandshakeFromClient(nla, sslHybridHybridEx, stageTimeoutMs);
    expect(check).toMatchObject({ tcp: "connected", answer: { kind: "response", selectedProtocol: 2 } });
  });
});
