import pino from "pino";
import { describe, expect, it } from "vitest";
import { chatInbox } from "../../src/chat/chat-inbox.js";
import { loadFlowFile } from "../support/engine-conversation.js";
import { chatWithSession, thread } from "./chat-use-case-harness.js";
import type { ChatMessage, ChatPlace } from "./recording-chat-port.js";
import { recordingChatPort } from "./recording-chat-port.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const answersWithAck = { answersWithAck: true };

/** The inbox of the made-up platform "chat", and the work it queued, read back from the store. */
async function inbox() {
  const { chat, store } = await chatWithSession();
  const { port } = recordingChatPort();
  const queued = async (kind: string) => {
    const payloads: unknown[] = [];
    for (let job = await store.claimJob("t", [`chat:${kind}`], 60_000); job; ) {
      payloads.push(job.payload);
      job = await store.claimJob("t", [`chat:${kind}`], 60_000);
    }
    return payloads;
  };
  const logger = pino({ level: "silent" });
  return { inbox: chatInbox<ChatPlace, ChatMessage>(chat, port, { flow, logger }), chat, queued };
}

const work = { channel: "C1", user: "U1" };

describe("chatInbox: the one way in, before the ack", () => {
  it("GIVEN help or an invalid command on a platform whose ack carries words THEN they are the answer and nothing is queued", async () => {
    const { inbox: box, queued } = await inbox();
    expect(await box.command({ kind: "help" }, work, ["k1"], answersWithAck)).toBe("help text");
    expect(await box.command({ kind: "invalid", message: "no" }, work, ["k2"], answersWithAck)).toBe("no");
    expect(await queued("command")).toEqual([]);
  });

  it("GIVEN a platform that acked already THEN even help is queued, for the work to answer", async () => {
    const { inbox: box, queued } = await inbox();
    expect(await box.command({ kind: "help" }, work, [], { answersWithAck: false })).toBeUndefined();
    expect(await queued("command")).toEqual([{ ...work, request: { kind: "help" } }]);
  });

  it("GIVEN the same command delivered twice THEN it is queued once", async () => {
    const { inbox: box, queued } = await inbox();
    const start = { kind: "start", host: "rdp01", text: "" } as const;
    await box.command(start, work, ["trigger-1"], answersWithAck);
    await box.command(start, work, ["trigger-1"], answersWithAck);
    expect(await queued("command")).toEqual([{ ...work, request: start }]);
  });

  it("GIVEN a handoff in a channel where no diagnosis ran THEN the ack says so; where one ran THEN it is queued", async () => {
    const { inbox: box, chat, queued } = await inbox();
    const handoff = { kind: "handoff", to: "@oncall" } as const;
    expect(await box.command(handoff, work, [], answersWithAck)).toBe(
      "No diagnosis has run in this channel yet.",
    );
    await chat.rememberLatest("chat:C1", thread);
    expect(await box.command(handoff, work, [], answersWithAck)).toBeUndefined();
    expect(await queued("handoff")).toEqual([{ ...work, to: "@oncall" }]);
  });

  it("GIVEN posts in a triage channel THEN only one that reads like an RDP failure is queued, once, with a usable host", async () => {
    const { inbox: box, queued } = await inbox();
    await box.triage("lunch at noon?", { channel: "C1" }, ["m1"]);
    await box.triage("rdp01.corp.example says 0x904", { channel: "C1" }, ["m2"]);
    await box.triage("rdp01.corp.example says 0x904", { channel: "C1" }, ["m2"]);
    await box.triage("0x904 again", { channel: "C1" }, ["m3"]);
    expect(await queued("triage")).toEqual([
      { channel: "C1", matched: ["0x904"], host: "rdp01.corp.example" },
      { channel: "C1", matched: ["0x904"] },
    ]);
  });

  it("GIVEN a thread reply THEN only a server report is taken; a form's paste always is", async () => {
    const { inbox: box, queued } = await inbox();
    const reply = { channel: "C1", thread: "1.1", user: "U1" };
    expect(await box.serverReport({ ...reply, text: "thanks!" }, ["e1"])).toBe(false);
    expect(await box.serverReport({ ...reply, text: "RDPFIX1:H4sIAAAA" }, ["e2"])).toBe(true);
    expect(await box.serverReport({ ...reply, sessionId: "s1", text: "anything" }, [])).toBe(true);
    expect(await queued("server-report")).toHaveLength(2);
  });
});
