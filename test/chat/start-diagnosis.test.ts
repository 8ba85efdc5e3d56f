import { describe, expect, it } from "vitest";
import { startDiagnosis } from "../../src/chat/start-diagnosis.js";
import { chatWithSession } from "./chat-use-case-harness.js";

describe("startDiagnosis", () => {
  it("GIVEN a start in a new thread THEN it is remembered in every channel given and the diagnosis asks its first question", async () => {
    const { chat, store, sent } = await chatWithSession();
    const conversation = "chat:C1:2.2";
    const actor = { user: "U1", platform: "chat", channel: "C1" };
    await startDiagnosis(chat, conversation, ["chat:C1", "chat:T1", "chat:C1"], {
      host: "rdp01",
      text: "",
      actor,
    });
    expect(await store.latestInChannel("chat:C1")).toBe(conversation);
    expect(await store.latestInChannel("chat:T1")).toBe(conversation);
    const started = await store.loadSession(conversation);
    expect(started).toMatchObject({ host: "rdp01", conversation });
    expect(sent.length).toBeGreaterThan(0);
  });
});
