import pino from "pino";
import type { ChatPlatform } from "../../src/chat/chat-platform.js";
import { createChatService } from "../../src/chat/chat-service.js";
import type { Session } from "../../src/engine/index.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { MemoryStateStore } from "../../src/state/memory-state-store.js";
import { session } from "../state/state-store-fixtures.js";
import { loadFlowFile } from "../support/engine-conversation.js";

const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
/** A conversation on the made-up platform "chat" (src/chat knows platforms only by registered name). */
export const thread = "chat:C1:1.1";

/** A chat service on a memory store holding session `s1` in `thread`, and what it sent there. */
export async function chatWithSession(overrides: Partial<Session> = {}) {
  const store = new MemoryStateStore();
  const fields = { flowId: flow.id, flowVersion: flow.version, answers: [], findings: [], ...overrides };
  await store.saveSession(session(thread, { id: "s1", ...fields }), undefined);
  const chat = createChatService({ flow, store, logger: pino({ level: "silent" }), replicaId: "replica-a" });
  const sent: Outbound[] = [];
  const platform: ChatPlatform = {
    name: "chat",
    commandSyntax: "/rdp-fix <host>",
    senderFor: () => async (message) => void sent.push(message),
  };
  chat.registerPlatform(platform);
  return { chat, store, sent };
}
