import { describe, expect, it } from "vitest";
import { parseTracepathOutput } from "../../src/probes/tracepath-output.js";

// Recorded from iputils-tracepath 20221126: loopback (the gVisor sandbox reports 65535; a Linux kernel
// reports 65536), loopback with its MTU set to 1400, and a routed path whose second link has MTU 1200.
const loopback = ` 1:  127.0.0.1                                             0.251ms reached
     Resume: pmtu 65535 hops 1 back 1 
`;
const loopback1400 = ` 1?: [LOCALHOST]                      pmtu 1400
 1:  127.0.0.1                                             0.313ms reached
 1:  127.0.0.1                                             0.009ms reached
     Resume: pmtu 1400 hops 1 back 1 
`;
const routed1200 = ` 1?: [LOCALHOST]                      pmtu 1200
 1:  10.231.0.254                                          0.053ms 
 1:  10.231.0.254                                          0.009ms 
 2:  10.232.0.2                                            0.089ms reached
     Resume: pmtu 1200 hops 2 back 2 
`;
const stoppedEarly = ` 1?: [LOCALHOST]                      pmtu 1500
 1:  10.231.0.254                                          0.053ms pmtu 1400
 2:  no reply
 3:  no reply
`;
const tooManyHops = ` 1?: [LOCALHOST]                      pmtu 1500
 1:  10.231.0.254                                          0.053ms 
 2:  no reply
     Too many hops: pmtu 1500
     Resume: pmtu 1500 
`;

describe("parseTracepathOutput", () => {
  it.each([
    ["loopback", loopback, { pmtu: 65535, hops: 1, reached: true }],
    ["loopback at MTU 1400", loopback1400, { pmtu: 1400, hops: 1, reached: true }],
    ["a routed path with a 1200 link", routed1200, { pmtu: 1200, hops: 2, reached: true }],
    ["a run killed before its summary", stoppedEarly, { pmtu: 1400, reached: false }],
    ["a run out of hops", tooManyHops, { pmtu: 1500, reached: false }],
    ["nothing", "", { reached: false }],
  ])("GIVEN %s THEN it reads %j", (_name, text, expected) => {
    expect(parseTracepathOutput(text)).toEqual(expected);
  });
});
