import { afterEach, describe, expect, it } from "vitest";
import { type FakeRdpServer, startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { tcpConnect } from "../../src/probes/tcp-connect.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

let server: FakeRdpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("tcpConnect", () => {
  it("GIVEN a listening port THEN the connection is open, with its duration", async () => {
    server = await startFakeRdpServer({ confirm: () => ({ kind: "silence" }) });
    const result = await tcpConnect({ address: server.address, port: server.port, timeoutMs: 2000 });
    expect(result.kind).toBe("open");
    if (result.kind === "open") {
      expect(result.durationMs).toBeGreaterThanOrEqual(0);
      result.socket.destroy();
    }
  });

  it("GIVEN a port nobody listens on THEN the connection is refused, as a result and not an exception", async () => {
    const port = await unusedLoopbackPort();
    expect(await tcpConnect({ address: "127.0.0.1", port, timeoutMs: 2000 })).toMatchObject({
      kind: "refused",
      code: "ECONNREFUSED",
    });
  });

  it("GIVEN an already aborted signal THEN it reports aborted", async () => {
    server = await startFakeRdpServer({ confirm: () => ({ kind: "silence" }) });
    const result = await tcpConnect({
      address: server.address,
      port: server.port,
      timeoutMs: 2000,
      signal: AbortSignal.abort(),
    });
    expect(result.kind).toBe("aborted");
  });

  it("GIVEN a host name instead of an address THEN it refuses to resolve it, since policy was checked on the address", () => {
    expect(() => tcpConnect({ address: "localhost", port: 3389, timeoutMs: 100 })).toThrow(/IP address/);
  });
});
