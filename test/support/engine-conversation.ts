import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type InboundEvent, type Reply, type Session, step } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { parseFlow } from "../../src/flow/parse-flow.js";

const root = join(import.meta.dirname, "..", "..");

export function loadFlowFile(path: string): Flow {
  const result = parseFlow(readFileSync(join(root, path), "utf8"), path);
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.flow;
}

export const shippedFlow = () => loadFlowFile("flows/rdp-connection.yaml");

/**
 * Drives the pure engine like a chat would, one event at a time, with a fake clock that ticks a second per
 * event. Reads like a transcript: start, answer, expect the next reply.
 */
export function engineConversation(flow: Flow) {
  let session: Session | undefined;
  let tick = 0;
  let ids = 0;
  const history: Reply[][] = [];
  const send = (event: InboundEvent) => {
    const now = new Date(Date.UTC(2026, 10, 21, 9, 0, tick++)).toISOString();
    const result = step(flow, session, event, { now, newId: () => `session-${++ids}` });
    session = result.session;
    history.push(result.replies);
    return result;
  };
  return {
    send,
    start: (host: string, options: Partial<Extract<InboundEvent, { kind: "start" }>> = {}) =>
      send({
        kind: "start",
        host,
        text: "",
        user: "alice",
        conversation: "thread-1",
        probing: false,
        ...options,
      }),
    answer: (questionId: string, answerId: string, user = "alice") =>
      send({ kind: "answer", questionId, answerId, user }),
    get session(): Session {
      if (!session) throw new Error("no session yet");
      return session;
    },
    /** The last reply of the last step. */
    get last(): Reply {
      const replies = history.at(-1) ?? [];
      const reply = replies.at(-1);
      if (!reply) throw new Error("the last step sent no reply");
      return reply;
    },
  };
}
