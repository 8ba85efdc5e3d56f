import pino from "pino";
import { describe, expect, it } from "vitest";
import type { InboundEvent, Session } from "../../src/engine/index.js";
import type { ProbeReport } from "../../src/probes/probe-report.js";
import { createConversationRunner, type RunProbes } from "../../src/runtime/conversation-runner.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { loadFlowFile } from "../support/engine-conversation.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");

function harness(runProbes?: RunProbes, store = new MemoryStateStore()) {
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const runner = createConversationRunner({
    flow,
    store,
    logger,
    ...(runProbes ? { runProbesInline: runProbes } : {}),
  });
  const sent: Outbound[] = [];
  const send = async (message: Outbound) => {
    sent.push(message);
  };
  const start = (text = "") =>
    runner.dispatch(
      "c1",
      { kind: "start", host: "host42", text, user: "alice", conversation: "c1", probing: true },
      send,
    );
  return { runner, sent, send, logs, start, store };
}

const report = (findings: ProbeReport["findings"]): ProbeReport => ({
  host: "host42",
  port: 3389,
  addresses: ["10.0.0.5"],
  steps: [{ step: "tcp", status: "ok", summary: "open", durationMs: 3 }],
  findings,
  startedAt: "2026-11-21T09:00:00.000Z",
  durationMs: 120,
});

describe("conversation runner", () => {
  it("GIVEN consent THEN probes run, progress is sent, findings rank the causes and an audit record names who asked", async () => {
    const h = harness(async (request) => {
      request.onStep?.({ step: "tcp", status: "ok", summary: "open", durationMs: 3 });
      return report([{ id: "cert.expired", detail: "expired 2021-01-01", at: "2026-11-21T09:00:00.000Z" }]);
    });
    await h.start();
    await h.runner.dispatch("c1", { kind: "consent", allow: true, user: "bob" }, h.send);
    expect(h.sent.map((m) => m.kind)).toEqual(["consent", "text", "probe-progress", "diagnosis"]);
    const diagnosis = h.sent.at(-1);
    expect(diagnosis?.kind === "diagnosis" && diagnosis.causes[0]?.id).toBe("cert-expired");
    const audit = h.logs.filter((l) => l.audit === "probe");
    expect(audit.map((l) => l.msg)).toEqual(["probe run starting", "probe run finished"]);
    expect(audit[0]).toMatchObject({ requestedBy: "bob", host: "host42", port: 3389, conversation: "c1" });
    expect(audit[1]).toMatchObject({ findings: ["cert.expired"] });
  });

  it("GIVEN a probe pipeline that throws THEN the user is told and the conversation goes on with questions", async () => {
    const h = harness(async () => {
      throw new Error("bug in a probe");
    });
    await h.start();
    await h.runner.dispatch("c1", { kind: "consent", allow: true, user: "alice" }, h.send);
    expect(h.sent.map((m) => m.kind)).toContain("notice");
    expect(h.sent.at(-1)?.kind).toBe("question");
    expect(h.logs.some((l) => l.msg === "probe run failed")).toBe(true);
  });

  it("GIVEN two events for one conversation at once THEN they are stepped one after the other, never lost", async () => {
    const h = harness();
    await h.start();
    await h.runner.dispatch("c1", { kind: "consent", allow: false, user: "alice" }, h.send);
    await Promise.all([
      h.runner.dispatch(
        "c1",
        { kind: "answer", questionId: "since-when", answerId: "always", user: "alice" },
        h.send,
      ),
      h.runner.dispatch(
        "c1",
        { kind: "answer", questionId: "since-when", answerId: "suddenly", user: "bob" },
        h.send,
      ),
    ]);
    const session = await h.store.loadSession("c1");
    expect(session?.answers).toEqual([expect.objectContaining({ answerId: "always", by: "alice" })]);
    expect(h.sent.at(-1)).toEqual({ kind: "notice", text: "That question was already answered by alice." });
  });

  it("GIVEN another replica saved between this load and save THEN the event is re-applied on the fresh session, not dropped", async () => {
    const store = new MemoryStateStore();
    const h = harness(undefined, store);
    await h.start();
    const stale = (await store.loadSession("c1")) as Session;
    // The other replica's step lands (a handoff, say) after this replica loaded: the first save must conflict.
    const other = { ...stale, handoffs: [{ from: "bob", at: stale.updatedAt }], version: stale.version + 1 };
    let loads = 0;
    class RacingStore extends MemoryStateStore {
      override async loadSession(conversation: string) {
        loads++;
        if (loads === 1) {
          await store.saveSession(other, stale.version);
          return stale;
        }
        return store.loadSession(conversation);
      }
      override saveSession(...args: Parameters<MemoryStateStore["saveSession"]>) {
        return store.saveSession(...args);
      }
    }
    const racing = new RacingStore();
    const runner = createConversationRunner({ flow, store: racing, logger: pino({ level: "silent" }) });
    await runner.dispatch("c1", { kind: "consent", allow: false, user: "alice" }, h.send);
    const saved = await store.loadSession("c1");
    expect(loads).toBe(2);
    expect(saved?.status).toBe("asking");
    expect(saved?.handoffs).toEqual(other.handoffs);
    expect(saved?.version).toBe(other.version + 1);
    expect(h.sent.at(-1)?.kind).toBe("question");
  });

  it("GIVEN a chat runner (no inline probes) THEN consent saves the session and its probe job together", async () => {
    const store = new MemoryStateStore();
    const h = harness(undefined, store);
    const runner = createConversationRunner({ flow, store });
    await runner.dispatch(
      "c2",
      { kind: "start", host: "host42", text: "", user: "alice", conversation: "c2", probing: true },
      h.send,
    );
    expect(await store.countOpenJobs()).toBe(0);
    await runner.dispatch("c2", { kind: "consent", allow: true, user: "bob" }, h.send);
    const job = await store.claimJob("test", ["run-probes"], 1000);
    expect(job?.payload).toMatchObject({
      host: "host42",
      port: 3389,
      requestedBy: "bob",
      conversation: "c2",
    });
    expect((await store.loadSession("c2"))?.status).toBe("probing");
  });

  it("GIVEN a long symptom with a pasted secret THEN the log keeps a redacted preview only", async () => {
    const h = harness();
    await h.start(`0x904 again, my token is xoxb-1234-5678-abcdefghijkl and ${"x".repeat(200)}`);
    const step = h.logs.find((l) => l.msg === "step" && l.event === "start");
    const text = step?.text as { preview: string; length: number };
    expect(text.preview.length).toBeLessThanOrEqual(81);
    expect(JSON.stringify(h.logs)).not.toContain("xoxb-1234-5678-abcdefghijkl");
  });

  it("GIVEN a session saved on an older flow version whose answers still exist THEN it goes on under the new version, with a notice first", async () => {
    const h = harness();
    await h.store.saveSession(olderSession("always"), undefined);
    await h.runner.dispatch("c1", { kind: "results-now", user: "alice" }, h.send);
    expect(h.sent[0]).toEqual({
      kind: "notice",
      text: `This diagnosis was started with version 0 of the diagnosis flow; it goes on with version ${flow.version}.`,
    });
    expect(h.sent.at(-1)?.kind).toBe("diagnosis");
    expect(await h.store.loadSession("c1")).toMatchObject({ flowVersion: flow.version, status: "diagnosed" });
  });

  it("GIVEN a session saved on an older flow version with an answer that no longer exists THEN it is closed with the notice", async () => {
    const h = harness();
    await h.store.saveSession(olderSession("last-tuesday"), undefined);
    await h.runner.dispatch("c1", { kind: "results-now", user: "alice" }, h.send);
    const notice = h.sent[0];
    expect(notice?.kind).toBe("notice");
    expect(notice?.kind === "notice" && notice.text).toContain("since-when=last-tuesday");
    expect(h.sent.map((m) => m.kind)).not.toContain("diagnosis");
    expect((await h.store.loadSession("c1"))?.status).toBe("cancelled");
  });
});

/** A session of conversation c1 started on version 0 of the minimal flow, one answer given. */
function olderSession(answerId: string): Session {
  const at = "2026-11-21T09:00:00.000Z";
  return {
    id: "s-old",
    flowId: flow.id,
    flowVersion: 0,
    conversation: "c1",
    host: "host42",
    port: 3389,
    symptom: "",
    startedBy: "alice",
    status: "asking",
    probing: false,
    answers: [{ questionId: "since-when", answerId, by: "alice", at }],
    skippedQuestions: [],
    findings: [],
    feedback: [],
    handoffs: [],
    shownCauses: 3,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

describe("conversation runner: the chat layer's refusals", () => {
  it("GIVEN a refuse rule and two starts racing in one conversation THEN one session is made and the other start gets the rule's reply", async () => {
    const store = new MemoryStateStore();
    const runner = createConversationRunner({
      flow,
      store,
      refuse: (event, current) =>
        event.kind === "start" && current ? { kind: "notice", text: `already: ${current.id}` } : undefined,
    });
    const sent: Array<{ message: Outbound; sessionId: string | undefined }> = [];
    const send = async (message: Outbound, context: { sessionId?: string }) => {
      sent.push({ message, sessionId: context.sessionId });
    };
    const start: Extract<InboundEvent, { kind: "start" }> = {
      kind: "start",
      host: "host42",
      text: "",
      user: "alice",
      conversation: "c1",
      probing: true,
    };
    await Promise.all([
      runner.dispatch("c1", start, send),
      runner.dispatch("c1", { ...start, user: "bob" }, send),
    ]);
    const session = await store.loadSession("c1");
    expect(session).toMatchObject({ startedBy: "alice", version: 1 });
    const refusals = sent.filter((s) => s.message.kind === "notice");
    expect(refusals).toEqual([
      { message: { kind: "notice", text: `already: ${session?.id}` }, sessionId: session?.id },
    ]);
  });
});
