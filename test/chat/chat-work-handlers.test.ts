import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatPort } from "../../src/chat/chat-port.js";
import { registerChatWork } from "../../src/chat/chat-work-handlers.js";
import { chatWithSession } from "./chat-use-case-harness.js";
import { type ChatMessage, type ChatPlace, recordingChatPort } from "./recording-chat-port.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** The shared work registered for "chat" on a running chat service holding session `s1` in `thread`. */
async function running(overrides: Partial<ChatPort<ChatPlace, ChatMessage>> = {}) {
  const { chat, store, sent } = await chatWithSession();
  const { port, calls } = recordingChatPort(overrides);
  registerChatWork(port, { chat, logger: pino({ level: "silent" }) });
  await chat.start();
  stops.push(() => chat.stop());
  const done = async (kind: string) => {
    for (let waited = 0; (await store.countOpenJobs(kind)) > 0; waited += 10) {
      if (waited > 5_000) throw new Error(`${kind} still queued after 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  /** Queues work of a kind as a listener would, and waits until a replica has done it. */
  const run = async (kind: string, payload: object) => {
    await chat.enqueue(`chat:${kind}`, payload);
    await done(`chat:${kind}`);
  };
  return { chat, store, sent, calls, run };
}

describe("registerChatWork: the chat use cases, once for every platform", () => {
  it("GIVEN a command THEN the root is posted, the conversation opened under it and remembered for a handoff", async () => {
    const { store, calls, run } = await running();
    await run("command", {
      channel: "C2",
      user: "U1",
      request: { kind: "start", host: "rdp02", text: "0x904" },
    });
    expect(calls).toEqual(["root U1 started a Remote Desktop diagnosis of `rdp02`."]);
    expect((await store.loadSession("chat:C2:9.9"))?.host).toBe("rdp02");
    expect(await store.latestInChannel("chat:C2")).toBe("chat:C2:9.9");
  });

  it("GIVEN a command queued by the old release (a start's fields at the top) THEN it still starts", async () => {
    const { store, run } = await running();
    await run("command", { channel: "C3", user: "U1", host: "rdp03", port: 3390, text: "" });
    expect(await store.loadSession("chat:C3:9.9")).toMatchObject({ host: "rdp03", port: 3390 });
  });

  it("GIVEN an invalid command, help, or a handoff where nothing ran THEN the command is answered and nothing starts", async () => {
    const { calls, run } = await running();
    await run("command", { channel: "C9", user: "U1", request: { kind: "invalid", message: "type a host" } });
    await run("command", { channel: "C9", user: "U1", request: { kind: "help" } });
    await run("command", { channel: "C9", user: "U1", request: { kind: "handoff" } });
    expect(calls).toEqual([
      "answer type a host",
      "answer help text",
      "answer No diagnosis has run in this channel yet.",
    ]);
  });

  it("GIVEN a click on a session that was replaced THEN only the clicker hears it, with this platform's command", async () => {
    const { calls, sent, run } = await running();
    await run("click", {
      channel: "C1",
      thread: "1.1",
      user: "U2",
      sessionId: "s0",
      action: { kind: "cancel" },
    });
    expect(calls).toEqual([
      "tell U2 That button belongs to a diagnosis that is no longer running here. Start a new one with `/rdp-fix <host>`.",
    ]);
    expect(sent).toEqual([]);
  });

  it("GIVEN Check the server and Paste the report THEN the collector goes out and the paste prompt is said", async () => {
    const { calls, run } = await running();
    const click = { channel: "C1", thread: "1.1", user: "U2", sessionId: "s1" };
    await run("click", { ...click, action: { kind: "check-server" } });
    await run("click", { ...click, action: { kind: "paste-server-report" } });
    expect(calls).toEqual(["collector s1", "say paste it here"]);
  });

  it("GIVEN Diagnose it on a triage offer THEN the diagnosis starts next to the offer with the post's words", async () => {
    const { store, run } = await running();
    await run("click", {
      channel: "C4",
      thread: "4.4",
      user: "U2",
      sessionId: "",
      action: { kind: "start-from-triage", host: "rdp04" },
    });
    expect(await store.loadSession("chat:C4:4.4")).toMatchObject({ host: "rdp04", startedBy: "U2" });
  });

  it("GIVEN a bare mention THEN help is said in the thread; one with a host THEN the thread diagnoses it", async () => {
    const { calls, store, run } = await running();
    await run("mention", { channel: "C5", thread: "5.5", user: "U3", text: "" });
    await run("mention", { channel: "C5", thread: "5.5", user: "U3", text: "rdp05 0x904" });
    expect(calls).toEqual(["say help text"]);
    expect(await store.loadSession("chat:C5:5.5")).toMatchObject({ host: "rdp05", symptom: "0x904" });
  });

  it("GIVEN a report that cannot be read in a diagnosis thread THEN it says so; in a thread without one THEN nothing", async () => {
    const { calls, run } = await running();
    await run("server-report", { channel: "C1", thread: "1.1", user: "U1", text: "RDPFIX1:garbage" });
    await run("server-report", { channel: "C6", thread: "6.6", user: "U1", text: "RDPFIX1:garbage" });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^say I could not read that server report: /);
  });

  it("GIVEN a form's report for a session that was replaced THEN the person hears the stale note", async () => {
    const { calls, run } = await running();
    await run("server-report", { channel: "C1", user: "U1", sessionId: "s0", text: "RDPFIX1:x" });
    expect(calls).toEqual([expect.stringMatching(/^say That button belongs to a diagnosis/)]);
  });

  it("GIVEN triage work THEN the offer is presented and posted; an offer the old release rendered is posted as it is", async () => {
    const { calls, run } = await running();
    await run("triage", { channel: "C7", matched: ["0x904"], host: "rdp07" });
    await run("triage", { channel: "C8", offer: { blocks: ["rendered-before"] } });
    expect(calls).toEqual([expect.stringMatching(/^offer C7 .*actions/), "offer C8 rendered-before"]);
  });
});
