import { randomUUID } from "node:crypto";
import type { Flow } from "../../src/flow/flow-schema.js";
import { createConversationRunner, type RunProbes } from "../../src/runtime/conversation-runner.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import type { StateStore } from "../../src/state/state-store.js";

/**
 * The runner of one terminal diagnosis (interactive, --json or --jsonl): its own conversation, in the store
 * that keeps its fix outcomes and audit records with the bot's, with probes run right here and awaited.
 */
export function terminalRunner(flow: Flow, store: StateStore, runProbes: RunProbes | undefined) {
  const conversation = `terminal:${randomUUID()}`;
  const runner = createConversationRunner({
    flow,
    store,
    ...(runProbes ? { runProbesInline: runProbes } : {}),
  });
  return { conversation, runner };
}

/** Notices and progress are shown but never change what the conversation is waiting for. */
export function awaitsAnswer(message: Outbound): boolean {
  return message.kind !== "probe-progress" && message.kind !== "notice" && message.kind !== "text";
}
