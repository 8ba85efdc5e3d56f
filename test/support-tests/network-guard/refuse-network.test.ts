import dgram from "node:dgram";
import dns from "node:dns";
import { lookup } from "node:dns/promises";
import { once } from "node:events";
import net from "node:net";
import tls from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { takeNetworkViolations } from "../../support/network-guard/network-violations.js";

const refusal = (address: string) => `test network guard: ${address} is not loopback`;

/** Resolves with the socket's first error, or "connected". */
function outcome(socket: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once("connect", () => resolve("connected"));
    socket.once("secureConnect", () => resolve("connected"));
    socket.once("error", (error) => resolve(error.message));
  });
}

describe("the test network guard", () => {
  // Each test takes its own violations, so the setup file's afterEach sees an empty list.
  afterEach(() => {
    expect(takeNetworkViolations()).toEqual([]);
  });

  it("GIVEN a TCP connect to 192.0.2.1 THEN it is refused before any packet and the attempt is recorded", async () => {
    const socket = net.connect(3389, "192.0.2.1");
    expect(await outcome(socket)).toBe(refusal("192.0.2.1"));
    expect(takeNetworkViolations().map((v) => v.address)).toEqual(["192.0.2.1"]);
  });

  it("GIVEN a TLS connect to an IPv6 documentation address THEN it is refused", async () => {
    const socket = tls.connect({ host: "2001:db8::1", port: 443 });
    expect(await outcome(socket)).toBe(refusal("2001:db8::1"));
    expect(takeNetworkViolations()).toHaveLength(1);
  });

  it("GIVEN fetch of http://192.0.2.1/ THEN undici's socket is refused by the guard", async () => {
    const error = await fetch("http://192.0.2.1/").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(((error as Error).cause as Error).message).toBe(refusal("192.0.2.1"));
    expect(takeNetworkViolations().map((v) => v.address)).toEqual(["192.0.2.1"]);
  });

  it("GIVEN a lookup of example.invalid THEN no resolver is asked and both lookup APIs refuse it", async () => {
    await expect(lookup("example.invalid", { all: true })).rejects.toThrow(refusal("example.invalid"));
    const [error] = await new Promise<[Error | null]>((resolve) =>
      dns.lookup("example.invalid", (e) => resolve([e])),
    );
    expect(error?.message).toBe(refusal("example.invalid"));
    expect(takeNetworkViolations().map((v) => v.address)).toEqual(["example.invalid", "example.invalid"]);
  });

  it("GIVEN a numeric form such as 2852039166 THEN it is parsed without a query, and a connect to it is refused", async () => {
    expect(await lookup("127.1")).toEqual({ address: "127.0.0.1", family: 4 });
    const socket = net.connect(80, "2852039166");
    expect(await outcome(socket)).toBe(refusal("169.254.169.254 (from 2852039166)"));
    expect(takeNetworkViolations()).toHaveLength(1);
  });

  it("GIVEN code that swallows the refusal THEN the attempt is still recorded for the test to fail on", async () => {
    const socket = net.connect(80, "198.51.100.7");
    socket.on("error", () => undefined);
    await new Promise((resolve) => socket.once("close", resolve));
    expect(takeNetworkViolations().map((v) => v.address)).toEqual(["198.51.100.7"]);
  });

  it("GIVEN a name that a custom lookup points off the loopback THEN the connect is refused on its answer", async () => {
    const socket = net.connect({
      host: "rdp.corp.example",
      port: 3389,
      lookup: (_name, _options, callback) => callback(null, [{ address: "10.1.2.3", family: 4 }]),
    });
    expect(await outcome(socket)).toBe(refusal("10.1.2.3 (from rdp.corp.example)"));
    expect(takeNetworkViolations()).toHaveLength(1);
  });

  it("GIVEN a UDP send or connect to 192.0.2.1 THEN both are refused", async () => {
    const socket = dgram.createSocket("udp4");
    const sent = await new Promise<Error | null>((resolve) => socket.send("x", 3389, "192.0.2.1", resolve));
    expect(sent?.message).toBe(refusal("192.0.2.1"));
    const connected = new Promise<Error>((resolve) => socket.once("error", resolve));
    socket.connect(3389, "192.0.2.1");
    expect((await connected).message).toBe(refusal("192.0.2.1"));
    socket.close();
    expect(takeNetworkViolations()).toHaveLength(2);
  });

  it("GIVEN a server on loopback THEN 127.0.0.1, ::1, localhost and a UDP round trip all work", async () => {
    const server = net.createServer((socket) => socket.end());
    server.listen(0, "::");
    await once(server, "listening");
    const { port } = server.address() as net.AddressInfo;
    for (const host of ["127.0.0.1", "::1", "localhost"]) {
      const socket = net.connect(port, host);
      expect(await outcome(socket)).toBe("connected");
      socket.destroy();
    }
    expect(await lookup("localhost")).toMatchObject({ address: expect.any(String) });
    const receiver = dgram.createSocket("udp4").bind(0, "127.0.0.1");
    await once(receiver, "listening");
    const sender = dgram.createSocket("udp4");
    sender.send("ping", receiver.address().port, "127.0.0.1");
    const [message] = await once(receiver, "message");
    expect(String(message)).toBe("ping");
    sender.close();
    receiver.close();
    server.close();
  });
});
