import pino from "pino";
import { describe, expect, it } from "vitest";
import type { PostOutcome, ThreadPort } from "../../src/chat/thread-port.js";
import { threadSender } from "../../src/chat/thread-sender.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";

/** A platform whose messages are strings; `answers` decides, post by post, what the platform says. */
function recordingPort(answers: Array<PostOutcome | undefined> = []) {
  const posted: string[] = [];
  let n = 0;
  const port: ThreadPort<string> = {
    render: (message, _context, shorter) =>
      message.kind === "notice" ? [`${shorter ? "short:" : ""}${message.text}`] : [message.kind],
    renderProgress: (host, steps) => `${host}:${steps.length}`,
    renderNote: (text, resumeSession) => `note:${text}${resumeSession ? ` [Resume ${resumeSession}]` : ""}`,
    post: async (message) => {
      const answer = answers.shift() ?? { posted: true, id: `m${++n}` };
      if (answer.posted) posted.push(message);
      return answer;
    },
    update: async (id, message) => void posted.push(`edit ${id} ${message}`),
    retriedNote: "late",
  };
  return { port, posted };
}

function sender(port: ThreadPort<string>, store = new MemoryStateStore()) {
  const logger = pino({ level: "silent" });
  return threadSender({ port, logger, progressIntervalMs: 0, undelivered: store, conversation: "c1" });
}

describe("threadSender", () => {
  it("GIVEN a message the platform refused for good THEN the next one that gets through is followed by the Resume note", async () => {
    const { port, posted } = recordingPort([{ posted: false, error: new Error("gone") }]);
    const send = sender(port);
    await send({ kind: "notice", text: "first" }, { sessionId: "s1" });
    await send({ kind: "notice", text: "second" }, { sessionId: "s1" });
    expect(posted).toEqual([
      "second",
      "note:An earlier message could not be delivered. Press Resume to see where the diagnosis stands. [Resume s1]",
    ]);
  });

  it("GIVEN a post that only got through on a retry THEN the platform's late note follows it", async () => {
    const { port, posted } = recordingPort([{ posted: true, id: "m1", retried: true }]);
    await sender(port)({ kind: "notice", text: "hello" }, {});
    expect(posted).toEqual(["hello", "note:late"]);
  });

  it("GIVEN a message refused as too long THEN it is sent again rendered shorter", async () => {
    const { port, posted } = recordingPort([{ posted: false, error: new Error("big"), tooLong: true }]);
    await sender(port)({ kind: "notice", text: "card" }, { sessionId: "s1" });
    expect(posted).toEqual(["short:card"]);
  });

  it("GIVEN the shorter rendering is refused too THEN the conversation is marked for Resume", async () => {
    const store = new MemoryStateStore();
    const tooLong = { posted: false, error: new Error("big"), tooLong: true } as const;
    const { port } = recordingPort([tooLong, tooLong]);
    await sender(port, store)({ kind: "notice", text: "card" }, { sessionId: "s1" });
    expect(await store.takeUndelivered("c1")).toBe(true);
  });

  it("GIVEN probe progress THEN it is one message edited in place, settled before the next reply", async () => {
    const { port, posted } = recordingPort();
    const send = sender(port);
    const step = { probe: "tcp", status: "ok" } as never;
    await send({ kind: "probe-progress", host: "h", step }, { sessionId: "s1" });
    await send({ kind: "notice", text: "first" }, { sessionId: "s1" });
    await send({ kind: "probe-progress", host: "h", step }, { sessionId: "s1" });
    await send({ kind: "notice", text: "second" }, { sessionId: "s1" });
    expect(posted).toEqual(["h:1", "first", "edit m1 h:2", "second"]);
  });
});
