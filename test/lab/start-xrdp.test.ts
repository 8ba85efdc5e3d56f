import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLoopbackPort } from "../support/lab/free-loopback-port.js";
import { LabSetupError } from "../support/lab/lab-setup-error.js";
import { startXrdp } from "../support/lab/start-xrdp.js";
import { tcpAccepts } from "../support/lab/tcp-accepts.js";
import { xrdpVariants } from "../support/lab/xrdp-variants.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rdpfix-start-xrdp-test-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startXrdp", () => {
  it("GIVEN a started instance WHEN stopped THEN the process is gone and the port refuses", async () => {
    const port = await freeLoopbackPort();
    const listen = [`127.0.0.1:${port}`];
    const xrdp = await startXrdp({
      name: "stop-check",
      variant: xrdpVariants.tls_nocert,
      dir,
      certificate: undefined,
      listen,
    });
    expect(await tcpAccepts("127.0.0.1", port)).toBe(true);
    await xrdp.stop();
    expect(processIsAlive(xrdp.process.pid)).toBe(false);
    expect(await tcpAccepts("127.0.0.1", port)).toBe(false);
  });

  it("GIVEN its port is taken WHEN started THEN throws server-did-not-start instead of trusting the stranger", async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const address = squatter.address();
    if (!address || typeof address === "string") throw new Error("no port");
    try {
      const listen = [`127.0.0.1:${address.port}`];
      const options = {
        name: "port-taken",
        variant: xrdpVariants.tls_nocert,
        dir,
        certificate: undefined,
        listen,
      };
      // If it wrongly "starts", stop it here so the failed assertion below does not leak a server.
      const error: unknown = await startXrdp(options).then(
        (xrdp) => xrdp.stop(),
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(LabSetupError);
      expect(error).toMatchObject({
        code: "server-did-not-start",
        message: expect.stringContaining("exited"),
      });
    } finally {
      squatter.close();
    }
  });
});
