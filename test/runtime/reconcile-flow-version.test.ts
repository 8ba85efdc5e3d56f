import { describe, expect, it } from "vitest";
import type { Session } from "../../src/engine/index.js";
import { reconcileFlowVersion } from "../../src/runtime/reconcile-flow-version.js";
import { session } from "../state/state-store-fixtures.js";
import { loadFlowFile } from "../support/engine-conversation.js";

// minimal.yaml is version 1: question since-when (always, suddenly); causes cert-expired/renew, firewall-blocked/open-port.
const v1 = loadFlowFile("test/fixtures/flows/minimal.yaml");
const v2 = { ...v1, version: 2 };

const at = "2024-01-01T00:00:01.000Z";
const started = (overrides: Partial<Session>) =>
  session("slack:C1:1.1", {
    flowId: "minimal",
    flowVersion: 1,
    host: "rdp01",
    status: "diagnosed",
    answers: [{ questionId: "since-when", answerId: "always", by: "U-alice", at }],
    feedback: [
      { causeId: "firewall-blocked", fixId: "open-port", outcome: "did-not-help", by: "U-alice", at },
    ],
    ...overrides,
  });

describe("reconcileFlowVersion", () => {
  it("GIVEN a session on the flow's own version THEN it is current", () => {
    expect(reconcileFlowVersion(v1, started({}))).toEqual({ kind: "current" });
  });

  it("GIVEN a session from an older version whose answers and fixes all still exist THEN it continues on the new version with a notice", () => {
    const verdict = reconcileFlowVersion(v2, started({}));
    expect(verdict.kind).toBe("continue");
    if (verdict.kind !== "continue") return;
    expect(verdict.session).toEqual({ ...started({}), flowVersion: 2 });
    expect(verdict.notice).toContain("version 1");
    expect(verdict.notice).toContain("version 2");
  });

  it("GIVEN an older session whose answer is gone THEN it is closed with a notice naming the answer", () => {
    const answers = [{ questionId: "since-when", answerId: "last-tuesday", by: "U-alice", at }];
    const verdict = reconcileFlowVersion(v2, started({ answers }));
    expect(verdict.kind).toBe("close");
    expect(verdict.kind === "close" && verdict.notice).toMatch(
      /version 1.*version 2.*since-when=last-tuesday/,
    );
    expect(verdict.kind === "close" && verdict.restart).toEqual({ kind: "start-new", host: "rdp01" });
  });

  it("GIVEN an older session whose fix feedback names a fix that is gone THEN it is closed with a notice naming the fix", () => {
    const feedback = [
      { causeId: "cert-expired", fixId: "reboot", outcome: "worked" as const, by: "U-bob", at },
    ];
    const verdict = reconcileFlowVersion(v2, started({ feedback }));
    expect(verdict.kind).toBe("close");
    expect(verdict.kind === "close" && verdict.notice).toContain("cert-expired/reboot");
  });

  it("GIVEN a session of another flow THEN it is closed with a notice naming that flow", () => {
    const verdict = reconcileFlowVersion(v1, started({ flowId: "rdp-0x904" }));
    expect(verdict.kind).toBe("close");
    expect(verdict.kind === "close" && verdict.notice).toContain('"rdp-0x904"');
  });
});
