import type { InboundEvent } from "../../src/engine/index.js";

/** The `start` of a terminal diagnosis (interactive, --json or --jsonl): the command line as the engine's event. */
export function terminalStartEvent(
  command: {
    host: string;
    port?: number;
    symptom: string;
    answers: Array<{ questionId: string; answerId: string }>;
  },
  context: { user: string; conversation: string; probing: boolean; probingRefused?: string },
): Extract<InboundEvent, { kind: "start" }> {
  return {
    kind: "start",
    host: command.host,
    ...(command.port === undefined ? {} : { port: command.port }),
    text: command.symptom,
    user: context.user,
    conversation: context.conversation,
    probing: context.probing,
    answers: command.answers,
    ...(context.probingRefused === undefined ? {} : { probingRefused: context.probingRefused }),
  };
}
