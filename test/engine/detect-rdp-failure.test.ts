import { describe, expect, it } from "vitest";
import { detectRdpFailure } from "../../src/engine/index.js";
import { shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();
const detect = (text: string) => detectRdpFailure(flow, text);

describe("triage: does a chat message read like an RDP connection failure?", () => {
  it.each([
    [
      "Getting error code 0x904, extended error code 0x7 when connecting to host42.corp.example",
      "host42.corp.example",
    ],
    ["RDP to 10.1.2.3 fails since this morning", "10.1.2.3"],
    ["Remote Desktop can’t connect to the remote computer, server jumpbox07", "jumpbox07"],
    ["mstsc keeps saying CredSSP encryption oracle remediation", undefined],
    ["can't connect to host42 over rdp", "host42"],
  ])("GIVEN %j THEN it is a report naming host %s", (text, host) => {
    const report = detect(text);
    expect(report?.matched.length).toBeGreaterThan(0);
    expect(report?.host).toBe(host);
  });

  it.each([
    "lunch at 12?",
    "the RDP runbook is in the wiki",
    "error in the build pipeline",
    "we use Remote Desktop Gateway for contractors",
    "version 0x7 of the firmware is out",
  ])("GIVEN %j THEN it is not a report", (text) => {
    expect(detect(text)).toBeUndefined();
  });

  it("GIVEN a code inside a longer hex number THEN it does not count as the code", () => {
    expect(detect("checksum 0x9041 mismatch")).toBeUndefined();
  });

  it("GIVEN a report that names a file and a code THEN the file is not taken for the host", () => {
    expect(detect("0x904 when I open saved.rdp")?.host).toBeUndefined();
  });
});
