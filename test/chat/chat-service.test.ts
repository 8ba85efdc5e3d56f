import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatPlatform } from "../../src/chat/chat-platform.js";
import { type ChatService, createChatService } from "../../src/chat/chat-service.js";
import type { Session } from "../../src/engine/index.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { session } from "../state/state-store-fixtures.js";
import { loadFlowFile } from "../support/engine-conversation.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const thread = "slack:C1:1.1";
const onMinimal = (overrides: Partial<Session>) =>
  session(thread, { flowId: flow.id, flowVersion: flow.version, answers: [], findings: [], ...overrides });

/** A chat platform that keeps what it was asked to send, per conversation. */
function recordingPlatform(name: ChatPlatform["name"]) {
  const sent: Array<{ conversation: string; message: Outbound; context: OutboundContext }> = [];
  const platform: ChatPlatform = {
    name,
    commandSyntax: "/rdp-fix <host>",
    senderFor: (conversation) => async (message, context) =>
      void sent.push({ conversation, message, context }),
  };
  return { platform, sent };
}

const services: ChatService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop(50);
});

function service(store = new MemoryStateStore()) {
  const chat = createChatService({ flow, store, logger: pino({ level: "silent" }), replicaId: "replica-a" });
  services.push(chat);
  return chat;
}

describe("chat service", () => {
  it("GIVEN a click on the current session THEN it is live, with or without the thread it came from", async () => {
    const store = new MemoryStateStore();
    await store.saveSession(onMinimal({ id: "s1" }), undefined);
    const chat = service(store);
    expect(await chat.clickTarget("s1")).toEqual({ kind: "live", conversation: thread });
    expect(await chat.clickTarget("s1", thread)).toEqual({ kind: "live", conversation: thread });
  });

  it("GIVEN a click on a session replaced in its thread, or on an unknown one THEN it is stale", async () => {
    const store = new MemoryStateStore();
    await store.saveSession(onMinimal({ id: "s1" }), undefined);
    await store.saveSession(onMinimal({ id: "s2" }), 1);
    const chat = service(store);
    expect(await chat.clickTarget("s1")).toEqual({ kind: "stale" });
    expect(await chat.clickTarget("s1", thread)).toEqual({ kind: "stale" });
    expect(await chat.clickTarget("s2", "slack:C9:9.9")).toEqual({ kind: "stale" });
    expect(await chat.clickTarget("never-existed")).toEqual({ kind: "stale" });
    expect(await chat.clickTarget("s2")).toEqual({ kind: "live", conversation: thread });
  });

  it("GIVEN a session left in probing with no job THEN start() tells its thread the check was interrupted and the diagnosis goes on", async () => {
    const store = new MemoryStateStore();
    await store.saveSession(
      onMinimal({ id: "s1", host: "rdp01", status: "probing", probing: true }),
      undefined,
    );
    const slack = recordingPlatform("slack");
    const chat = service(store);
    chat.registerPlatform(slack.platform);
    await chat.start();
    const first = slack.sent[0];
    expect(first?.conversation).toBe(thread);
    expect(first?.context).toEqual({ sessionId: "s1" });
    expect(first?.message.kind === "notice" && first.message.text).toMatch(/check of rdp01 was interrupted/);
    expect(slack.sent.at(-1)?.message.kind).toBe("question");
    const after = await store.loadSession(thread);
    expect(after?.status).toBe("asking");
    expect(await store.strandedProbingSessions()).toEqual([]);
  });

  it("GIVEN one delivery key seen twice THEN only the first is a first delivery", async () => {
    const chat = service();
    expect(await chat.firstDelivery("slack:Ev1")).toBe(true);
    expect(await chat.firstDelivery("slack:Ev1")).toBe(false);
    expect(await chat.firstDelivery("slack:Ev2")).toBe(true);
  });

  it("GIVEN a session left in probing in a platform this replica does not run THEN start() leaves it for a replica that does", async () => {
    const store = new MemoryStateStore();
    const discordThread = "discord:123:456";
    await store.saveSession(session(discordThread, { flowId: flow.id, status: "probing" }), undefined);
    const slack = recordingPlatform("slack");
    const chat = service(store);
    chat.registerPlatform(slack.platform);
    await chat.start();
    expect(slack.sent).toEqual([]);
    expect((await store.loadSession(discordThread))?.status).toBe("probing");
  });

  it("GIVEN work queued by a listener THEN it is in the store and the worker hears that acks are going out", async () => {
    const store = new MemoryStateStore();
    let acked = 0;
    const chat = createChatService({
      flow,
      store,
      logger: pino({ level: "silent" }),
      ackPressure: { acked: () => void acked++, busyForMs: () => 0 },
    });
    services.push(chat);
    await chat.enqueue("test:work", { n: 1 });
    expect(await store.countOpenJobs("test:work")).toBe(1);
    expect(acked).toBe(1);
  });
});
