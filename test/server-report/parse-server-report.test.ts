import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeServerReport } from "../../src/server-report/encode-server-report.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";

const healthyJson = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "server-reports", "healthy.json"),
  "utf8",
);
const healthy = JSON.parse(healthyJson);
const line = encodeServerReport(healthy);

/** A line built like the collector's, from any payload: to make the bad kinds a real collector cannot. */
function lineOf(payload: string, prefix = "RDPFIX1:") {
  return prefix + gzipSync(Buffer.from(payload, "utf8")).toString("base64");
}
const checksum = (json: string) => createHash("sha256").update(json, "utf8").digest("hex").slice(0, 16);

describe("parseServerReport", () => {
  it("GIVEN the RDPFIX1 line THEN it reads the report, and the line fits a Discord modal field", () => {
    const parsed = parseServerReport(line);
    expect(parsed.ok && parsed.form).toBe("line");
    expect(parsed.ok && parsed.report.computer.name).toBe("HOST42");
    expect(line.length).toBeLessThan(4000);
  });

  it("GIVEN a busy report (every event with a long message, 40 cipher suites, 20 firewall rules) THEN its line still fits 4,000 characters", () => {
    const events = Object.fromEntries(
      Object.keys(healthy.events).map((key, i) => [
        key,
        key === "security-4625"
          ? { count: 99_999 }
          : {
              count: 1000 + i,
              latest: {
                at: "2026-11-21T08:41:07Z",
                message:
                  `Event ${key}: ${"The TLS connection request has failed because of reason number ".repeat(3)}${i}`.slice(
                    0,
                    200,
                  ),
                ...(key === "schannel-36888" ? { alert: 40, state: 1205 } : {}),
              },
            },
      ]),
    );
    const rule = healthy.firewall.rules[0];
    const busy = {
      ...healthy,
      events,
      schannel: {
        ...healthy.schannel,
        cipherSuiteOrder: Array.from({ length: 40 }, (_, i) => `TLS_ECDHE_RSA_WITH_AES_${i}_GCM_SHA384`),
      },
      firewall: {
        ...healthy.firewall,
        rules: Array.from({ length: 20 }, (_, i) => ({
          ...rule,
          name: `Custom RDP rule ${i}`,
          remoteAddresses: [`10.${i}.0.0/16`],
        })),
      },
    };
    const busyLine = encodeServerReport(busy);
    expect(busyLine.length).toBeLessThan(4000);
    expect(parseServerReport(busyLine).ok).toBe(true);
  });

  it("GIVEN the plain JSON of -Json THEN it reads the same report", () => {
    const parsed = parseServerReport(healthyJson);
    expect(parsed.ok && parsed.form).toBe("json");
    expect(parsed.ok && parsed.report).toEqual(healthy);
  });

  it("GIVEN the line wrapped by a console and pasted in backticks THEN it still reads", () => {
    const wrapped = `\`\`\`\n${line.slice(0, 70)}\n${line.slice(70, 150)}\r\n${line.slice(150)}\n\`\`\``;
    expect(parseServerReport(wrapped).ok).toBe(true);
  });

  it.each([
    ["garbled", "hello, this is my server", /not a server report/],
    ["garbled", "RDPFIX1:not*base64!", /characters that base64 does not use/],
    ["garbled", "RDPFIX1:aGVsbG8gd29ybGQh", /does not hold gzip data/],
    ["garbled", lineOf('{"format":"rdp-fix-server-report"}'), /no checksum/],
    ["garbled", "{ this is not json }", /not valid JSON/],
    ["truncated", line.slice(0, 101), /incomplete/],
    ["truncated", line.slice(0, Math.floor(line.length / 8) * 4), /cut off/],
    ["truncated", healthyJson.slice(0, 300), /ends early/],
    ["too-large", `RDPFIX1:${"A".repeat(4000)}`, /at most 4000/],
    ["too-large", lineOf(`${checksum("x")}\n${" ".repeat(200_000)}`), /expands beyond/],
    ["too-large", `{"pad":"${"x".repeat(70_000)}"}`, /larger than/],
    ["wrong-version", line.replace("RDPFIX1:", "RDPFIX2:"), /version 2 report/],
    ["wrong-version", JSON.stringify({ ...healthy, version: 2 }), /version 2 report/],
    ["invalid", JSON.stringify({ hello: "world" }), /not a server report/],
    [
      "invalid",
      JSON.stringify({ ...healthy, listener: { ...healthy.listener, securityLayer: "2" } }),
      /listener\.securityLayer/,
    ],
  ] as const)("GIVEN a %s report (%s) THEN it says so and does not throw", (kind, text, message) => {
    const parsed = parseServerReport(text);
    expect(parsed.ok ? "ok" : parsed.problem.kind).toBe(kind);
    expect(parsed.ok ? "" : parsed.problem.message).toMatch(message);
  });

  it.each([
    ["wrapped in 201 KB of backticks", `${"`".repeat(100_000)}${line}${"`".repeat(101_000)}`],
    [
      "padded with 201 KB of whitespace (as if wrapped)",
      `${line.slice(0, 80)}${" ".repeat(201_000)}${line.slice(80)}`,
    ],
    ["after 201 KB of other text", `${"see below ".repeat(20_100)}${line}`],
    ["as JSON in a fence with 201 KB of blank lines", `\`\`\`\n${healthyJson}${"\n".repeat(201_000)}\`\`\``],
  ])(
    "GIVEN a valid report %s THEN the paste is too large: its length is checked before stripping",
    (_, paste) => {
      const parsed = parseServerReport(paste);
      expect(parsed.ok ? "ok" : parsed.problem.kind).toBe("too-large");
      expect(parsed.ok ? "" : parsed.problem.message).toMatch(/^the paste is \d+ characters/);
    },
  );

  it("GIVEN the line with a few words before it, wrapped at 64 columns and fenced THEN it still reads", () => {
    const wrapped = line.match(/.{1,64}/g)?.join("\r\n") ?? "";
    expect(parseServerReport(`here is what it printed:\n\`\`\`\n${wrapped}\n\`\`\``).ok).toBe(true);
  });

  it.each([
    ["securityLayer", -1],
    ["userAuthentication", -1],
    ["minEncryptionLevel", -2],
    ["securityLayer", 2 ** 32],
  ])("GIVEN listener.%s %d (no registry DWORD is) THEN the report is invalid", (field, value) => {
    const parsed = parseServerReport(
      JSON.stringify({ ...healthy, listener: { ...healthy.listener, [field]: value } }),
    );
    expect(parsed.ok ? "ok" : parsed.problem.kind).toBe("invalid");
    expect(parsed.ok ? "" : parsed.problem.message).toContain(`listener.${field}`);
  });

  it("GIVEN schannel.allowEncryptionOracle -1 THEN the report is invalid", () => {
    const parsed = parseServerReport(
      JSON.stringify({ ...healthy, schannel: { ...healthy.schannel, allowEncryptionOracle: -1 } }),
    );
    expect(parsed.ok ? "ok" : parsed.problem.message).toContain("schannel.allowEncryptionOracle");
  });

  it("GIVEN values Windows can hold but does not document (securityLayer 9, a Schannel Enabled of -1, as 0xffffffff reads) THEN the report is read as it is", () => {
    const protocols = [{ protocol: "TLS 1.0", side: "Server", enabled: -1, disabledByDefault: 0 }];
    const parsed = parseServerReport(
      JSON.stringify({
        ...healthy,
        listener: { ...healthy.listener, securityLayer: 9, minEncryptionLevel: 0xffff_ffff },
        schannel: { ...healthy.schannel, protocols },
      }),
    );
    expect(parsed.ok && parsed.report.listener.securityLayer).toBe(9);
    expect(parsed.ok && parsed.report.schannel.protocols?.[0]?.enabled).toBe(-1);
  });

  it("GIVEN a line whose JSON was changed after the checksum THEN it is tampered", () => {
    const json = JSON.stringify(healthy);
    const edited = json.replace('"securityLayer":2', '"securityLayer":0');
    const parsed = parseServerReport(lineOf(`${checksum(json)}\n${edited}`));
    expect(parsed.ok ? "ok" : parsed.problem.kind).toBe("tampered");
  });

  it("GIVEN a line with a character changed inside THEN it is refused as damaged or tampered, never read", () => {
    const at = Math.floor(line.length / 2);
    const flipped = line.slice(0, at) + (line[at] === "A" ? "B" : "A") + line.slice(at + 1);
    const parsed = parseServerReport(flipped);
    expect(parsed.ok ? "ok" : parsed.problem.kind).toMatch(/^(tampered|truncated|garbled)$/);
  });
});
