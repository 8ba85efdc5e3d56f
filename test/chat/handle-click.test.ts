import { describe, expect, it } from "vitest";
import { type ClickPort, handleClick } from "../../src/chat/handle-click.js";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { chatWithSession, thread } from "./chat-use-case-harness.js";

const actor = { user: "U1", platform: "chat", channel: "C1" };

/** A port that writes down what the use case asked of the platform. */
function recordingPort(overrides: Partial<ClickPort> = {}) {
  const asked: string[] = [];
  const port: ClickPort = {
    staleNote: "stale",
    tellClicker: async (note) => void asked.push(`tell ${note}`),
    startFromTriage: async (host) => void asked.push(`start ${host}`),
    checkServer: async () => void asked.push("check-server"),
    pasteReport: async () => void asked.push("paste"),
    ...overrides,
  };
  return { port, asked };
}

const click = (action: ChatAction, sessionId = "s1") => ({ sessionId, action, actor });

describe("handleClick", () => {
  it("GIVEN a click on a session that is no longer current THEN only the clicker is told, nothing is sent", async () => {
    const { chat, sent } = await chatWithSession();
    const { port, asked } = recordingPort();
    await handleClick(chat, click({ kind: "cancel" }, "s0"), port);
    expect(asked).toEqual(["tell stale"]);
    expect(sent).toEqual([]);
  });

  it("GIVEN a triage offer for a host that is not one THEN nothing starts; for a real host THEN the platform starts it", async () => {
    const { chat } = await chatWithSession();
    const { port, asked } = recordingPort();
    await handleClick(chat, click({ kind: "start-from-triage", host: "bad host; rm" }), port);
    await handleClick(chat, click({ kind: "start-from-triage", host: "rdp01.example.com" }), port);
    expect(asked).toEqual(["start rdp01.example.com"]);
  });

  it("GIVEN Check the server and Paste the report on a live session THEN each goes to the platform's own way", async () => {
    const { chat, sent } = await chatWithSession();
    const { port, asked } = recordingPort({ conversation: thread });
    await handleClick(chat, click({ kind: "check-server" }), port);
    await handleClick(chat, click({ kind: "paste-server-report" }), port);
    expect(asked).toEqual(["check-server", "paste"]);
    expect(sent).toEqual([]);
  });

  it("GIVEN any other action on a live session THEN it steps that conversation, remembered as the channel's latest", async () => {
    const { chat, store, sent } = await chatWithSession();
    const { port, asked } = recordingPort({ rememberIn: "chat:C1" });
    await handleClick(chat, click({ kind: "cancel" }), port);
    expect(asked).toEqual([]);
    expect(sent).toEqual([{ kind: "cancelled", by: "U1" }]);
    expect(await store.latestInChannel("chat:C1")).toBe(thread);
    expect((await store.loadSession(thread))?.status).toBe("cancelled");
  });
});
