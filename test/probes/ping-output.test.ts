import { describe, expect, it } from "vitest";
import { parsePingOutput } from "../../src/probes/ping-output.js";

// Recorded from iputils-ping 20221126 (Debian bookworm), in network namespaces built for the recording.
const loopback = `PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.148 ms
64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=0.074 ms
64 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=0.045 ms

--- 127.0.0.1 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 2038ms
rtt min/avg/max/mdev = 0.045/0.089/0.148/0.043 ms
`;
const routerFragNeeded = `PING 10.232.0.2 (10.232.0.2) 1472(1500) bytes of data.
From 10.231.0.254 icmp_seq=1 Frag needed and DF set (mtu = 1200)

--- 10.232.0.2 ping statistics ---
3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 405ms
`;
const cachedPmtuStdout = `PING 10.232.0.2 (10.232.0.2) 1472(1500) bytes of data.

--- 10.232.0.2 ping statistics ---
3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 404ms
`;
const cachedPmtuStderr = `ping: local error: message too long, mtu=1200
ping: local error: message too long, mtu=1200
ping: local error: message too long, mtu=1200
`;
const ipv6LocalError = `ping: local error: message too long, mtu: 1400
`;
const ipv6Stdout = `PING ::1(::1) 1452 data bytes

--- ::1 ping statistics ---
3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 405ms
`;
const partialLoss = `PING 10.232.0.2 (10.232.0.2) 56(84) bytes of data.
64 bytes from 10.232.0.2: icmp_seq=2 ttl=63 time=0.066 ms
64 bytes from 10.232.0.2: icmp_seq=3 ttl=63 time=0.061 ms
64 bytes from 10.232.0.2: icmp_seq=5 ttl=63 time=0.073 ms
64 bytes from 10.232.0.2: icmp_seq=6 ttl=63 time=0.061 ms

--- 10.232.0.2 ping statistics ---
6 packets transmitted, 4 received, 33.3333% packet loss, time 1020ms
rtt min/avg/max/mdev = 0.061/0.065/0.073/0.005 ms
`;
const blocked = `PING 10.232.0.2 (10.232.0.2) 56(84) bytes of data.

--- 10.232.0.2 ping statistics ---
3 packets transmitted, 0 received, 100% packet loss, time 406ms
`;

describe("parsePingOutput", () => {
  it("GIVEN a clean loopback run THEN counts and the average RTT are read", () => {
    expect(parsePingOutput(loopback)).toEqual({ transmitted: 3, received: 3, averageRttMs: 0.089 });
  });

  it("GIVEN a router's 'Frag needed and DF set' THEN its MTU and the errors are read", () => {
    expect(parsePingOutput(routerFragNeeded)).toEqual({ transmitted: 3, received: 0, errors: 3, mtu: 1200 });
  });

  it("GIVEN a cached path MTU (local errors on stderr) THEN the MTU comes from stderr", () => {
    expect(parsePingOutput(cachedPmtuStdout, cachedPmtuStderr)).toMatchObject({
      received: 0,
      errors: 3,
      mtu: 1200,
    });
  });

  it("GIVEN IPv6's 'mtu: N' spelling THEN the MTU is read", () => {
    expect(parsePingOutput(ipv6Stdout, ipv6LocalError)).toMatchObject({ mtu: 1400 });
  });

  it("GIVEN IPv6 'Packet too big' from a router THEN the MTU is read", () => {
    expect(parsePingOutput("From 2001:db8::1 icmp_seq=1 Packet too big: mtu=1280\n").mtu).toBe(1280);
  });

  it("GIVEN several MTUs THEN the smallest wins", () => {
    expect(
      parsePingOutput("Frag needed and DF set (mtu = 1400)\nFrag needed and DF set (mtu = 1200)\n").mtu,
    ).toBe(1200);
  });

  it("GIVEN partial loss THEN transmitted and received tell it", () => {
    expect(parsePingOutput(partialLoss)).toEqual({ transmitted: 6, received: 4, averageRttMs: 0.065 });
  });

  it("GIVEN no reply at all THEN received is 0 and nothing else is claimed", () => {
    expect(parsePingOutput(blocked)).toEqual({ transmitted: 3, received: 0 });
  });

  it("GIVEN duplicates and errors THEN the errors are still found", () => {
    expect(
      parsePingOutput(
        "5 packets transmitted, 5 received, +1 duplicates, +2 errors, 0% packet loss, time 4005ms",
      ),
    ).toMatchObject({ transmitted: 5, received: 5, errors: 2 });
  });

  it("GIVEN BusyBox's wording THEN the counts are read", () => {
    expect(
      parsePingOutput(
        "3 packets transmitted, 2 packets received, 33% packet loss\nround-trip min/avg/max = 0.1/0.2/0.3 ms",
      ),
    ).toEqual({ transmitted: 3, received: 2, averageRttMs: 0.2 });
  });

  it.each([
    "",
    "ping: socket: Operation not permitted",
    "ping: nosuch: Name or service not known",
    "\u0000\u00ff garbage",
  ])("GIVEN %j THEN nothing is claimed", (text) => {
    expect(parsePingOutput(text, text)).toEqual({});
  });
});
