import { describe, expect, it } from "vitest";
import { handleServerReport } from "../../src/chat/handle-server-report.js";
import { chatWithSession, thread } from "./chat-use-case-harness.js";

const report = (text: string) => ({ text, actor: { user: "U1", platform: "chat", channel: "C1" } });

describe("handleServerReport", () => {
  it("GIVEN no diagnosis and no stale note THEN a report line is left alone", async () => {
    const { chat, sent } = await chatWithSession();
    const told: string[] = [];
    await handleServerReport(chat, report("RDPFIX1:x"), {
      conversation: undefined,
      tell: async (note) => void told.push(note),
    });
    expect(told).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("GIVEN no diagnosis and a stale note THEN the person is told it", async () => {
    const { chat } = await chatWithSession();
    const told: string[] = [];
    await handleServerReport(chat, report("RDPFIX1:x"), {
      conversation: undefined,
      staleNote: "stale",
      tell: async (note) => void told.push(note),
    });
    expect(told).toEqual(["stale"]);
  });

  it("GIVEN a line that is no server report THEN the person is told why it could not be read, and the diagnosis is untouched", async () => {
    const { chat, sent } = await chatWithSession();
    const told: string[] = [];
    await handleServerReport(chat, report("RDPFIX1:not-a-report"), {
      conversation: thread,
      tell: async (note) => void told.push(note),
    });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^I could not read that server report: /);
    expect(sent).toEqual([]);
  });
});
