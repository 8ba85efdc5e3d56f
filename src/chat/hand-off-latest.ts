import type { ChatService } from "./chat-service.js";

/** What a platform says around a handoff, where it has a reply to give (a command's) rather than none. */
export interface HandOffPort {
  /** No diagnosis has run in the channel. */
  noDiagnosis?(): Promise<void>;
  /** Before the handoff is stepped: where it happens. */
  announce?(conversation: string): Promise<void>;
}

/** Hands off the latest diagnosis of a channel (see startDiagnosis), to `to` or to whoever is on call. */
export async function handOffLatest(
  chat: ChatService,
  channel: string,
  request: { user: string; to?: string | undefined },
  port: HandOffPort = {},
): Promise<void> {
  const conversation = await chat.latestIn(channel);
  if (!conversation) return port.noDiagnosis?.();
  await port.announce?.(conversation);
  await chat.dispatch(conversation, {
    kind: "handoff",
    user: request.user,
    ...(request.to ? { to: request.to } : {}),
  });
}
