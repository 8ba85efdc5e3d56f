import { describe, expect, it } from "vitest";
import { handOffLatest } from "../../src/chat/hand-off-latest.js";
import { chatWithSession, thread } from "./chat-use-case-harness.js";

describe("handOffLatest", () => {
  it("GIVEN no diagnosis in the channel THEN only the platform's 'none' is said", async () => {
    const { chat, sent } = await chatWithSession();
    const said: string[] = [];
    await handOffLatest(chat, "chat:C9", { user: "U1" }, { noDiagnosis: async () => void said.push("none") });
    expect(said).toEqual(["none"]);
    expect(sent).toEqual([]);
  });

  it("GIVEN the channel's latest diagnosis THEN it is announced where, then handed off to the person named", async () => {
    const { chat, sent } = await chatWithSession();
    await chat.rememberLatest("chat:C1", thread);
    const said: string[] = [];
    await handOffLatest(
      chat,
      "chat:C1",
      { user: "U1", to: "@oncall" },
      {
        announce: async (conversation) => void said.push(conversation),
      },
    );
    expect(said).toEqual([thread]);
    expect(sent.find((m) => m.kind === "handoff")).toMatchObject({ from: "U1", to: "@oncall" });
  });
});
