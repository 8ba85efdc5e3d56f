import { describe, expect, it } from "vitest";
import { compareRecheck } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const flow = shippedFlow();
const at = "2026-12-04T10:00:00.000Z";
const expired = { id: "cert.expired", detail: "expired 2021-01-01", at };
const open = { id: "tcp.open", detail: "3 of 3 connections opened", at };

function diagnosed() {
  const bot = engineConversation(flow);
  bot.start("127.0.0.1", { probing: true });
  bot.send({ kind: "consent", allow: true, user: "alice" });
  bot.send({ kind: "probes-finished", summary: "1 address", findings: [open, expired] });
  if (bot.last.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${bot.last.kind}`);
  return bot;
}

const recheck = {
  kind: "recheck" as const,
  causeId: "cert-expired",
  fixId: "regenerate-self-signed",
  user: "bob",
};

describe("compareRecheck: before against after for one cause", () => {
  it("GIVEN the finding that pointed at the cause is gone THEN fixed, with the row before → after", () => {
    const result = compareRecheck(flow, "cert-expired", [open, expired], [open]);
    expect(result.verdict).toBe("fixed");
    expect(result.rows).toEqual([
      { findingId: "cert.expired", explanation: expect.any(String), before: "expired 2021-01-01" },
    ]);
  });

  it("GIVEN the same finding after THEN unchanged, even when its detail moved (days ago, latency)", () => {
    const later = { ...expired, detail: "expired 2021-01-01 (one day later)" };
    expect(compareRecheck(flow, "cert-expired", [expired], [later]).verdict).toBe("unchanged");
  });

  it("GIVEN the old fault gone but the server now refuses connections THEN changed, not fixed: a server that went down is no proof", () => {
    const refused = { id: "tcp.refused", detail: "connection refused", at };
    expect(compareRecheck(flow, "cert-expired", [open, expired], [refused]).verdict).toBe("changed");
  });

  it("GIVEN one finding gone and another new THEN changed", () => {
    const notYet = { id: "cert.not-yet-valid", detail: "valid from 2030-01-01", at };
    expect(compareRecheck(flow, "cert-expired", [expired], [notYet]).verdict).toBe("changed");
  });

  it("GIVEN nothing the probes saw pointed at the cause THEN not-visible, and reachability rows only when it came or went", () => {
    const result = compareRecheck(flow, "stale-client", [open], [{ ...open, detail: "faster" }]);
    expect(result).toEqual({ verdict: "not-visible", rows: [] });
    const refused = { id: "tcp.refused", detail: "connection refused", at };
    const rows = compareRecheck(flow, "stale-client", [open], [refused]).rows.map((r) => r.findingId);
    expect(rows).toEqual(expect.arrayContaining(["tcp.open", "tcp.refused"]));
  });
});

describe("step: re-check after a fix", () => {
  it("GIVEN a diagnosis with probes WHEN the person re-checks THEN the probes run again with no new consent", () => {
    const bot = diagnosed();
    const result = bot.send(recheck);
    expect(result.effects).toEqual([expect.objectContaining({ kind: "run-probes", requestedBy: "bob" })]);
    expect(bot.session.status).toBe("probing");
    expect(bot.session.recheck).toMatchObject({ causeId: "cert-expired", before: [open, expired] });
  });

  it("GIVEN the finding is gone after the re-check THEN solved with the proof, and the fix recorded as worked", () => {
    const bot = diagnosed();
    bot.send(recheck);
    const done = bot.send({ kind: "probes-finished", summary: "1 address", findings: [open] });
    const solved = bot.last;
    expect(solved).toMatchObject({
      kind: "solved",
      fixId: "regenerate-self-signed",
      proof: { verdict: "fixed" },
    });
    expect(done.effects).toEqual([expect.objectContaining({ kind: "record-outcome", solved: true })]);
    expect(bot.session.status).toBe("solved");
    expect(bot.session.recheck).toBeUndefined();
    expect(bot.session.findings).toEqual([open]);
  });

  it("GIVEN the same finding after the re-check THEN the fix did not help and the next one comes up", () => {
    const bot = diagnosed();
    bot.send(recheck);
    bot.send({ kind: "probes-finished", summary: "1 address", findings: [open, expired] });
    const reply = bot.last;
    if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
    expect(reply.reason).toBe("recheck");
    expect(reply.recheck?.verdict).toBe("unchanged");
    expect(reply.causes[0]).toMatchObject({ id: "cert-expired", triedFixIds: ["regenerate-self-signed"] });
    expect(bot.session.status).toBe("diagnosed");
  });

  it("GIVEN a diagnosis made without probes THEN a re-check is refused with why, and nothing runs", () => {
    const bot = engineConversation(flow);
    bot.start("host42", { probing: false });
    bot.send({ kind: "results-now", user: "alice" });
    const result = bot.send(recheck);
    expect(result.effects).toEqual([]);
    expect(bot.last).toMatchObject({ kind: "notice", text: expect.stringContaining("nothing to compare") });
  });

  it("GIVEN an unknown fix THEN a notice, and nothing runs", () => {
    const bot = diagnosed();
    const result = bot.send({ ...recheck, fixId: "no-such-fix" });
    expect(result.effects).toEqual([]);
    expect(bot.last.kind).toBe("notice");
  });
});

describe("re-check with a pasted server report in the session", () => {
  it("GIVEN the report's findings point at the cause THEN the re-check compares only the probes, and keeps the report", () => {
    const bot = diagnosed();
    const reported = { id: "server.cert-expired", detail: "NotAfter 2021-01-01", at };
    bot.send({
      kind: "server-report",
      findings: [reported],
      summary: "HOST42",
      computer: "127.0.0.1",
      user: "carol",
    });
    bot.send(recheck);
    bot.send({ kind: "probes-finished", summary: "1 address", findings: [open, expired] });
    const reply = bot.last;
    if (reply.kind !== "diagnosis") throw new Error(`expected a diagnosis, got ${reply.kind}`);
    expect(reply.recheck?.verdict).toBe("unchanged");
    expect(reply.recheck?.rows.map((r) => r.findingId)).toEqual(["cert.expired"]);
    expect(bot.session.findings).toEqual([reported, open, expired]);
  });
});

describe("compareRecheck: the probe run's facts", () => {
  const certificate = (thumbprint: string) => ({
    id: "probe.certificate",
    detail: `CN=host42, valid 2020-01-01 to 2021-01-01, thumbprint ${thumbprint}`,
    at,
  });
  const versions = (detail: string) => ({ id: "probe.tls-versions", detail, at });

  it("GIVEN the certificate before and after THEN it always has a row; other facts only when they changed", () => {
    const facts = {
      before: [certificate("AA"), versions("TLS versions accepted: TLSv1.2")],
      after: [certificate("AA"), versions("TLS versions accepted: TLSv1.2")],
    };
    const rows = compareRecheck(flow, "cert-expired", [expired], [expired], facts).rows;
    expect(rows.map((r) => r.findingId)).toEqual(["cert.expired", "probe.certificate"]);
    const changed = {
      ...facts,
      after: [certificate("BB"), versions("TLS versions accepted: TLSv1.2, TLSv1.3")],
    };
    const rows2 = compareRecheck(flow, "tls-version-mismatch", [], [], changed).rows;
    expect(rows2).toEqual([
      expect.objectContaining({ findingId: "probe.certificate", after: expect.stringContaining("BB") }),
      expect.objectContaining({
        findingId: "probe.tls-versions",
        before: "TLS versions accepted: TLSv1.2",
        after: "TLS versions accepted: TLSv1.2, TLSv1.3",
      }),
    ]);
  });
});
