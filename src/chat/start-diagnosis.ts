import type { ObservedFinding } from "../engine/index.js";
import type { ChatService } from "./chat-service.js";
import type { ProbeActor } from "./probe-actor.js";

/** A start as any platform decodes it: the host, the person's own words, and who asks from where. */
export interface StartRequest {
  host: string;
  port?: number;
  text: string;
  actor: ProbeActor;
  /** What a recent probe run already saw (a watch's last check): the diagnosis starts with it, unprobed. */
  observed?: { findings: ObservedFinding[]; summary: string };
}

/**
 * Starts a diagnosis in `conversation`, remembered first as the latest in each channel key of `channels`
 * (where a later handoff looks for it); probing goes through the gate as the actor.
 */
export async function startDiagnosis(
  chat: ChatService,
  conversation: string,
  channels: readonly string[],
  request: StartRequest,
): Promise<void> {
  for (const channel of new Set(channels)) await chat.rememberLatest(channel, conversation);
  const { host, port, text, actor, observed } = request;
  const event = {
    kind: "start",
    host,
    ...(port === undefined ? {} : { port }),
    text,
    user: actor.user,
  } as const;
  const probing = observed ? { probing: false, observed } : { probing: true };
  await chat.dispatch(conversation, { ...event, conversation, ...probing }, actor);
}
