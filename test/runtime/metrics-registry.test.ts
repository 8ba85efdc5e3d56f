import pino from "pino";
import { describe, expect, it } from "vitest";
import { slackRetryVerdict } from "../../adapters/slack/slack-retry-verdict.js";
import { countedDelivery } from "../../src/chat/counted-delivery.js";
import { createProbeGate } from "../../src/chat/probe-gate.js";
import { probeJobHandler } from "../../src/chat/probe-job-handler.js";
import type { ConversationRunner } from "../../src/runtime/conversation-runner.js";
import { createConversationRunner } from "../../src/runtime/conversation-runner.js";
import { createMetricsRegistry } from "../../src/runtime/metrics-registry.js";
import { defaultProbeControl } from "../../src/runtime/probe-control-config.js";
import type { ProbeJobPayload } from "../../src/runtime/probe-job-payload.js";
import type { ClaimedJob } from "../../src/state/job.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { loadFlowFile } from "../support/engine-conversation.js";
import { metricsSample as sample } from "../support/metrics-sample.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const logger = pino({ level: "silent" });
const send = async () => {};

const probe: ProbeJobPayload = {
  kind: "run-probes",
  sessionId: "s1",
  host: "host42",
  port: 3389,
  requestedBy: "alice",
  conversation: "slack:C1:1.1",
};
const job = (attempts: number): ClaimedJob => ({
  id: "j1",
  kind: "probe",
  payload: probe,
  deadline: Date.now() + 60_000,
  attempts,
  createdAt: Date.now(),
});

describe("metrics registry", () => {
  it("GIVEN a conversation to its diagnosis and a fix that did not help THEN one start and one first diagnosis are counted, by reason", async () => {
    const { metrics, registry } = createMetricsRegistry();
    const runner = createConversationRunner({ flow, store: new MemoryStateStore(), logger, metrics });
    const sent: string[] = [];
    const record = async (message: { kind: string }) => void sent.push(message.kind);
    await runner.dispatch(
      "c1",
      { kind: "start", host: "host42", text: "", user: "alice", conversation: "c1", probing: false },
      record,
    );
    await runner.dispatch(
      "c1",
      { kind: "answer", questionId: "since-when", answerId: "always", user: "alice" },
      record,
    );
    await runner.dispatch(
      "c1",
      {
        kind: "fix-feedback",
        causeId: "firewall-blocked",
        fixId: "open-port",
        outcome: "did-not-help",
        user: "bob",
      },
      record,
    );
    expect(sent.filter((kind) => kind === "diagnosis")).toHaveLength(2);

    const text = await registry.metrics();
    expect(sample(text, "rdpfix_diagnoses_started_total")).toBe(1);
    const finished = text.split("\n").filter((l) => l.startsWith("rdpfix_diagnoses_finished_total{"));
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatch(/^rdpfix_diagnoses_finished_total\{reason="[a-z-]+"\} 1$/);
  });

  it("GIVEN every event that feeds a metric THEN the registry renders every rdpfix_ name with its labels", async () => {
    const { metrics, registry } = createMetricsRegistry();
    const store = new MemoryStateStore();
    const runner = createConversationRunner({ flow, store, logger, metrics });
    await runner.dispatch(
      "c1",
      { kind: "start", host: "host42", text: "", user: "alice", conversation: "c1", probing: false },
      send,
    );
    await runner.dispatch("c1", { kind: "results-now", user: "alice" }, send);

    const gate = createProbeGate({ store, control: { ...defaultProbeControl, maxConcurrent: 0 }, metrics });
    const actor = { user: "alice", platform: "slack" as const };
    const refused = await gate.beforeRun(actor, { host: "host42", port: 3389, conversation: "c1" });
    expect(refused).toMatchObject({ ok: false, reason: "concurrency" });

    const quietRunner: ConversationRunner = { dispatch: async () => {} };
    const handler = probeJobHandler({
      store,
      runner: quietRunner,
      senderFor: () => send,
      logger,
      metrics,
      runProbes: async () => ({
        host: "host42",
        port: 3389,
        addresses: ["10.0.0.5"],
        steps: [],
        findings: [],
        startedAt: new Date().toISOString(),
        durationMs: 5,
      }),
    });
    await handler.run(job(1));
    await handler.giveUp(job(3), "interrupted");

    const rateLimited = Object.assign(new Error("ratelimited"), {
      code: "slack_webapi_rate_limited_error",
      retryAfter: 0,
    });
    const calls = [rateLimited, new Error("channel_not_found")];
    const deliver = countedDelivery("slack", slackRetryVerdict, metrics, { sleep: async () => {} });
    const delivery = await deliver(async () => {
      throw calls.shift();
    });
    expect(delivery.ok).toBe(false);

    // The chat SDKs' listeners feed these; the adapter tests and serve's check drive them for real.
    metrics.ackLatency("discord", 0.04);
    metrics.chatApiError("discord");
    metrics.chatApiRetry("discord");

    const text = await registry.metrics();
    expect(sample(text, "rdpfix_diagnoses_started_total")).toBe(1);
    expect(sample(text, 'rdpfix_diagnoses_finished_total{reason="asked-for-results"}')).toBe(1);
    expect(sample(text, 'rdpfix_probe_refusals_total{reason="concurrency"}')).toBe(1);
    expect(sample(text, 'rdpfix_probe_runs_total{outcome="finished"}')).toBe(1);
    expect(sample(text, 'rdpfix_probe_runs_total{outcome="interrupted"}')).toBe(1);
    expect(sample(text, "rdpfix_probe_duration_seconds_count")).toBe(1);
    expect(sample(text, 'rdpfix_ack_latency_seconds_count{platform="discord"}')).toBe(1);
    expect(sample(text, 'rdpfix_chat_api_retries_total{platform="slack"}')).toBe(1);
    expect(sample(text, 'rdpfix_chat_api_errors_total{platform="slack"}')).toBe(1);
    expect(sample(text, 'rdpfix_chat_api_errors_total{platform="discord"}')).toBe(1);
    expect(sample(text, 'rdpfix_chat_api_retries_total{platform="discord"}')).toBe(1);
    expect(registry.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it("GIVEN two registries THEN they count apart (neither is prom-client's global one)", async () => {
    const first = createMetricsRegistry();
    const second = createMetricsRegistry();
    first.metrics.diagnosisStarted();
    expect(sample(await first.registry.metrics(), "rdpfix_diagnoses_started_total")).toBe(1);
    expect(sample(await second.registry.metrics(), "rdpfix_diagnoses_started_total")).toBe(0);
  });
});
