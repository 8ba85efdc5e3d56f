import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runPathChecks } from "../../src/probes/path-check.js";
import { checkPingLoss } from "../../src/probes/ping-loss.js";
import { checkPingMtu } from "../../src/probes/ping-mtu.js";
import { checkTracepath } from "../../src/probes/tracepath-check.js";
import { requireRoot } from "../support/lab/require-root.js";
import { requireTool } from "../support/lab/require-tool.js";
import { type FakeToolDirectory, fakeToolDirectory, recordedPing } from "./path-fake-tools.js";

// Real tools, real loopback. A machine without them FAILS here, naming the Debian package to install.
let tools: { ping: string; tracepath: string; unshare: string; ip: string };
beforeAll(() => {
  tools = {
    ping: requireTool("ping", "iputils-ping"),
    tracepath: requireTool("tracepath", "iputils-tracepath"),
    unshare: requireTool("unshare", "util-linux"),
    ip: requireTool("ip", "iproute2"),
  };
});

const directories: FakeToolDirectory[] = [];
const fakeTools = (scripts: Record<string, string>) => {
  const directory = fakeToolDirectory(scripts);
  directories.push(directory);
  return directory.path;
};
afterEach(() => {
  for (const directory of directories.splice(0)) directory.remove();
});

/** The real tool, run in a fresh network namespace whose only interface, loopback, has this MTU. */
const insideLoopbackWithMtu = (mtu: number, tool: "ping" | "tracepath") =>
  `exec ${tools.unshare} -n /bin/sh -c '${tools.ip} link set lo up mtu ${mtu} && exec "$0" "$@"' ${tools[tool]} "$@"`;

describe("path checks against loopback with the real tools", () => {
  it.each(["127.0.0.1", "::1"])("GIVEN %s THEN ping sees no loss", async (address) => {
    const result = await checkPingLoss({ address, count: 3 });
    expect(result.step).toMatchObject({
      step: "path",
      address,
      status: "ok",
      data: { check: "loss", transmitted: 3, received: 3 },
    });
    expect(result.findings).toEqual([]);
  });

  it.each(["127.0.0.1", "::1"])(
    "GIVEN %s THEN 1500-byte packets with Don't Fragment pass",
    async (address) => {
      const result = await checkPingMtu({ address });
      expect(result.step).toMatchObject({
        status: "ok",
        summary: expect.stringContaining("1500-byte packets"),
      });
      expect(result.findings, "passing full-size pings are counter-evidence").toEqual([
        expect.objectContaining({ id: "path.mtu-ok", address, detail: expect.stringContaining("1500-byte") }),
      ]);
    },
  );

  it("GIVEN 127.0.0.1 THEN tracepath reaches it in one hop with loopback's MTU", async () => {
    const result = await checkTracepath({ address: "127.0.0.1" });
    expect(result.step).toMatchObject({ status: "ok", data: { check: "tracepath", reached: true, hops: 1 } });
    // 65536 on a Linux kernel, 65535 in gVisor: either way far above 1500.
    expect(result.step.data?.pmtu).toBeGreaterThanOrEqual(65535);
    expect(result.findings).toEqual([]);
  });

  it("GIVEN all checks on 127.0.0.1 THEN three ok steps and only the counter-evidence finding", async () => {
    const result = await runPathChecks({ address: "127.0.0.1", tracepath: true });
    expect(result.steps.map((step) => `${step.data?.check} ${step.status}`)).toEqual([
      "loss ok",
      "mtu ok",
      "tracepath ok",
    ]);
    expect(result.findings.map((finding) => finding.id)).toEqual(["path.mtu-ok"]);
  });

  it("GIVEN a loopback whose MTU is 1400 THEN ping and tracepath both see the reduced MTU, reported once", async () => {
    requireRoot("the reduced-MTU path test");
    const path = fakeTools({
      ping: insideLoopbackWithMtu(1400, "ping"),
      tracepath: insideLoopbackWithMtu(1400, "tracepath"),
    });
    const mtu = await checkPingMtu({ address: "127.0.0.1", path });
    expect(mtu.step).toMatchObject({ status: "failed", data: { pathMtu: 1400 } });
    expect(mtu.findings).toEqual([
      expect.objectContaining({
        id: "path.mtu-reduced",
        address: "127.0.0.1",
        detail: expect.stringContaining("path MTU 1400"),
      }),
    ]);
    const trace = await checkTracepath({ address: "127.0.0.1", path });
    expect(trace.step).toMatchObject({ status: "failed", data: { pmtu: 1400 } });
    const all = await runPathChecks({ address: "127.0.0.1", path, tracepath: true });
    expect(all.findings.map((finding) => finding.id)).toEqual(["path.mtu-reduced"]);
  });

  it("GIVEN a 500 ms budget for 50 pings THEN ping is interrupted and its partial statistics still count", async () => {
    const started = Date.now();
    const result = await checkPingLoss({ address: "127.0.0.1", count: 50, timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(result.step.status).toBe("ok");
    expect(result.step.data?.transmitted).toBeLessThan(50);
  });

  it("GIVEN the signal aborts THEN the check stops and concludes nothing", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await checkPingLoss({ address: "127.0.0.1", count: 50, signal: controller.signal });
    expect(result.step).toMatchObject({ status: "not-checked", summary: "loss: cancelled" });
    expect(result.findings).toEqual([]);
  });
});

describe("path checks when the tools are missing", () => {
  it("GIVEN a PATH without ping or tracepath THEN every check is not-checked, naming the package, and nothing throws", async () => {
    const result = await runPathChecks({ address: "127.0.0.1", path: fakeTools({}), tracepath: true });
    expect(result.steps.map((step) => [step.status, step.summary])).toEqual([
      ["not-checked", "loss: ping is not installed (Debian package iputils-ping)"],
      ["not-checked", "MTU: ping is not installed (Debian package iputils-ping)"],
      ["not-checked", "tracepath: tracepath is not installed (Debian package iputils-tracepath)"],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe("path checks reading recorded outputs through fake tools", () => {
  // No packet leaves these tests: the fake tools only print. The addresses are loopback all the same.
  const partialLoss = `--- 10.232.0.2 ping statistics ---
6 packets transmitted, 4 received, 33.3333% packet loss, time 1020ms`;
  const allAnswered = `--- 10.232.0.2 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 404ms`;
  const noAnswer = `--- 10.232.0.2 ping statistics ---
3 packets transmitted, 0 received, 100% packet loss, time 406ms`;

  it("GIVEN a path that loses a third of the pings THEN path.loss", async () => {
    const path = fakeTools({ ping: recordedPing({ small: partialLoss }) });
    const result = await checkPingLoss({
      address: "127.0.0.2",
      path,
      now: () => new Date("2025-01-02T03:04:05Z"),
    });
    expect(result.step.status).toBe("failed");
    expect(result.findings).toEqual([
      {
        id: "path.loss",
        detail: "2 of 6 pings lost (33%)",
        address: "127.0.0.2",
        at: "2025-01-02T03:04:05.000Z",
      },
    ]);
  });

  it("GIVEN a host that answers no ping THEN loss and MTU are inconclusive, not findings", async () => {
    const path = fakeTools({ ping: recordedPing({ small: noAnswer }) });
    const result = await runPathChecks({ address: "127.0.0.2", path });
    expect(result.steps.map((step) => step.status)).toEqual(["inconclusive", "inconclusive"]);
    expect(result.findings).toEqual([]);
  });

  it("GIVEN small pings pass and full-size ones vanish without ICMP THEN an MTU black hole", async () => {
    const path = fakeTools({ ping: recordedPing({ small: allAnswered, large: noAnswer }) });
    const result = await checkPingMtu({ address: "127.0.0.2", path });
    expect(result.findings).toEqual([
      expect.objectContaining({ id: "path.mtu-reduced", detail: expect.stringContaining("MTU black hole") }),
    ]);
  });

  it("GIVEN a ping that cannot open its socket THEN not-checked with its error", async () => {
    const path = fakeTools({ ping: "echo 'ping: socket: Operation not permitted' >&2; exit 2" });
    const result = await checkPingLoss({ address: "127.0.0.2", path });
    expect(result.step).toMatchObject({
      status: "not-checked",
      summary: expect.stringContaining("Operation not permitted"),
    });
  });
});

describe("path check arguments", () => {
  it.each([
    "localhost",
    "-c",
    "127.1",
    "2852039166",
    "::ffff:7f00:1",
    "fe80::1%lo",
    "127.0.0.1 ",
    "127.0.0.1;id",
    "",
  ])("GIVEN %j THEN it never reaches a tool: it is refused as a bug", async (address) => {
    await expect(checkPingLoss({ address, path: fakeTools({}) })).rejects.toMatchObject({
      code: "PROBE_TARGET_NOT_IP",
    });
  });
});
