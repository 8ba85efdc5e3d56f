import { describe, expect, it } from "vitest";
import { probeDns } from "../../src/probes/dns-probe.js";
import type { DnsLookup } from "../../src/probes/dns-resolve.js";

const fixedNow = () => new Date("2025-01-02T03:04:05.000Z");
const neverCalled: DnsLookup = () => {
  throw new Error("the lookup must not run");
};
const failingWith =
  (code: string): DnsLookup =>
  () =>
    Promise.reject(Object.assign(new Error(`getaddrinfo ${code} host42`), { code }));
const answering =
  (...addresses: string[]): DnsLookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const hanging: DnsLookup = () => new Promise(() => {});

describe("probeDns", () => {
  describe("GIVEN the system resolver (only names that never leave the machine)", () => {
    it("WHEN the name is localhost THEN it resolves from /etc/hosts to loopback", async () => {
      const result = await probeDns("localhost", { timeoutMs: 2000 });
      expect(result.resolution.kind).toBe("resolved");
      const addresses = result.resolution.kind === "resolved" ? result.resolution.addresses : [];
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(address).toMatch(/^(127\.|::1$)/);
      expect(result.step).toMatchObject({ step: "dns", status: "ok" });
    });

    it.each([
      ["127.0.0.1", "127.0.0.1"],
      ["::1", "::1"],
      ["[::1]", "::1"],
      // getaddrinfo reads this as a number, which is why the policy judges resolved addresses.
      ["2852039166", "169.254.169.254"],
      ["127.1", "127.0.0.1"],
    ])("WHEN the name is the literal %s THEN it resolves to %s without a query", async (host, address) => {
      const result = await probeDns(host, { timeoutMs: 2000 });
      expect(result.resolution).toEqual({ kind: "resolved", addresses: [address] });
      expect(result.findings).toEqual([]);
    });

    it("WHEN the name is under .invalid THEN it is unresolved at once, without asking any resolver", async () => {
      const result = await probeDns("host42.invalid", {
        timeoutMs: 2000,
        lookup: neverCalled,
        now: fixedNow,
      });
      expect(result.resolution).toMatchObject({ kind: "unresolved", code: "ENOTFOUND" });
      expect(result.step).toMatchObject({ step: "dns", status: "failed" });
      expect(result.findings).toEqual([
        {
          id: "dns.unresolved",
          detail: "host42.invalid does not resolve (ENOTFOUND)",
          at: "2025-01-02T03:04:05.000Z",
        },
      ]);
      expect(
        (await probeDns("HOST42.INVALID.", { timeoutMs: 2000, lookup: neverCalled })).resolution.kind,
      ).toBe("unresolved");
    });
  });

  describe("GIVEN a resolver that answers", () => {
    it("WHEN it gives several distinct addresses THEN dns.multiple-addresses lists them in order", async () => {
      const lookup = answering("10.0.0.5", "10.0.0.5", "fd00::5", "FD00:0::5", "10.0.0.6");
      const result = await probeDns("host42", { timeoutMs: 1000, lookup, now: fixedNow });
      expect(result.resolution).toEqual({ kind: "resolved", addresses: ["10.0.0.5", "fd00::5", "10.0.0.6"] });
      expect(result.findings).toEqual([
        {
          id: "dns.multiple-addresses",
          detail: "host42 resolves to 3 addresses: 10.0.0.5, fd00::5, 10.0.0.6",
          at: "2025-01-02T03:04:05.000Z",
        },
      ]);
    });

    it("WHEN it gives one address THEN there is no finding", async () => {
      const result = await probeDns("host42", { timeoutMs: 1000, lookup: answering("10.0.0.5") });
      expect(result.findings).toEqual([]);
      expect(result.step.summary).toMatch(/^host42 resolves to 10\.0\.0\.5 in \d+ ms$/);
    });

    it("WHEN it gives nothing THEN the name is unresolved", async () => {
      const result = await probeDns("host42", { timeoutMs: 1000, lookup: answering() });
      expect(result.resolution).toMatchObject({ kind: "unresolved", code: "ENODATA" });
    });
  });

  describe("GIVEN a resolver that fails", () => {
    it.each(["ENOTFOUND", "EAI_AGAIN", "ESERVFAIL"])(
      "WHEN it fails with %s THEN dns.unresolved carries the code",
      async (code) => {
        const result = await probeDns("host42", { timeoutMs: 1000, lookup: failingWith(code) });
        expect(result.resolution).toMatchObject({ kind: "unresolved", code });
        expect(result.findings.map((finding) => finding.id)).toEqual(["dns.unresolved"]);
      },
    );

    it("WHEN it never answers THEN the probe gives up at the timeout with dns.unresolved", async () => {
      const started = Date.now();
      const result = await probeDns("host42", { timeoutMs: 100, lookup: hanging });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.resolution).toEqual({ kind: "timeout", timeoutMs: 100 });
      expect(result.findings[0]).toMatchObject({
        id: "dns.unresolved",
        detail: "looking up host42 timed out after 100 ms",
      });
    });

    it("WHEN the signal aborts THEN the step is not-checked and nothing is concluded", async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const result = await probeDns("host42", {
        timeoutMs: 5000,
        lookup: hanging,
        signal: controller.signal,
      });
      expect(result.resolution).toEqual({ kind: "aborted" });
      expect(result.step.status).toBe("not-checked");
      expect(result.findings).toEqual([]);
    });

    it("WHEN the signal is already aborted THEN the lookup never starts", async () => {
      const result = await probeDns("host42", {
        timeoutMs: 5000,
        lookup: neverCalled,
        signal: AbortSignal.abort(),
      });
      expect(result.resolution).toEqual({ kind: "aborted" });
    });
  });
});
