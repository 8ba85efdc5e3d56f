import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { gradeNtlmAnswer, shadowNtlmTruth } from "../../bench/probe/ntlm-bench-facts.js";
import { parseNmapNtlmOutput } from "../../bench/probe/parse-nmap-ntlm-output.js";

// nmap 7.93 against the lab's freerdp-shadow-cli /sec:nla on host "vm", 2026-12-04.
const recorded = `Nmap scan report for 127.0.1.251
Host is up (0.000058s latency).

PORT     STATE SERVICE
3389/tcp open  ms-wbt-server
| rdp-ntlm-info: 
|   Target_Name: VM
|   NetBIOS_Domain_Name: VM
|   NetBIOS_Computer_Name: VM
|   DNS_Domain_Name: vm
|   DNS_Computer_Name: vm
|   Product_Version: 6.1.7601
|_  System_Time: 2026-12-04T18:58:32+00:00

Nmap done: 1 IP address (1 host up) scanned in 0.23 seconds
`;

describe("parseNmapNtlmOutput", () => {
  it("GIVEN nmap's recorded rdp-ntlm-info block THEN names, version and time are read", () => {
    expect(parseNmapNtlmOutput(recorded)).toEqual({
      kind: "claims",
      claim: {
        netbiosComputerName: "VM",
        dnsComputerName: "vm",
        version: "6.1.7601",
        serverTime: "2026-12-04T18:58:32.000Z",
      },
    });
  });

  it("GIVEN output without the script's block THEN there is no answer", () => {
    expect(parseNmapNtlmOutput("PORT     STATE SERVICE\n3389/tcp open  ms-wbt-server\n").kind).toBe(
      "no-answer",
    );
  });
});

describe("gradeNtlmAnswer", () => {
  it("GIVEN this machine's names, 6.1.7601 and a clock 3 s off THEN every fact is right; 10 s off, the clock is wrong", () => {
    const truth = shadowNtlmTruth();
    const claim = { ...truth, serverTime: "2026-12-04T18:58:32.000Z" };
    expect(truth.dnsComputerName).toBe(hostname().toLowerCase());
    expect(gradeNtlmAnswer({ kind: "claims", claim }, new Date("2026-12-04T18:58:35Z"))).toEqual({
      "netbios name": true,
      "dns name": true,
      version: true,
      clock: true,
    });
    expect(gradeNtlmAnswer({ kind: "claims", claim }, new Date("2026-12-04T18:58:42Z")).clock).toBe(false);
  });
});
