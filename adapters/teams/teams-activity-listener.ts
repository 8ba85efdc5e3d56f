import type { InvokeResponse } from "@microsoft/teams.api";
import type { Logger } from "pino";
import type { ChatInbox } from "../../src/chat/chat-inbox.js";
import type { ChatPort } from "../../src/chat/chat-port.js";
import type { ChatService } from "../../src/chat/chat-service.js";
import { proseDocument } from "../../src/chat/document/prose.js";
import { notTakenText } from "../../src/chat/not-taken-text.js";
import { staleClickNote } from "../../src/chat/stale-click-note.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { decodeTeamsActivity, type TeamsPlace } from "./decode-teams-activity.js";

/** A short status in place of a toast: the clicked card stays as it is until the bot's next message. */
const status = (text: string): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text },
});
/** The clicked card replaced by another (Universal Actions' refresh). */
const replaceCard = ({ attachments: [card] }: TeamsActivity): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card.content as never },
});

/**
 * What the replica that received a verified activity does before answering: decode it and hand it to the
 * shared inbox (dedupe, one durable insert). An Action.Execute click is answered in the invoke response
 * itself (Teams shows an error without one): a short status while the work runs, or, for a card whose
 * diagnosis moved on, a card that says so in place of the stale one.
 */
export function teamsActivityListener(
  chat: ChatService,
  inbox: ChatInbox<TeamsPlace, TeamsActivity>,
  port: ChatPort<TeamsPlace, TeamsActivity>,
  triageChannels: readonly string[],
  logger: Logger,
) {
  const stale = port.render(proseDocument(staleClickNote(port.presenter.commandSyntax)));
  /** A click's answer once its work is queued; when the store cannot take it, the person is told so. */
  const answerOnceQueued = (queued: Promise<unknown>, answer: InvokeResponse) =>
    queued.then(
      () => answer,
      (error: unknown) => {
        logger.error({ err: error }, "a Teams click could not be queued");
        return status(notTakenText);
      },
    );
  const request = (text: string) => port.readCommand?.(text) ?? { kind: "help" as const };
  return async (activity: unknown): Promise<InvokeResponse | undefined> => {
    const input = decodeTeamsActivity(activity);
    if (input.kind === "ignore") return undefined;
    const { where } = input;
    // A re-sent activity (same id) is answered once, on whichever replica saw it first.
    const once = [`teams:activity:${where.conversation}:${where.activityId}`];
    const invoked = (activity as { type?: unknown }).type === "invoke";
    switch (input.kind) {
      case "click": {
        const { sessionId, action } = input;
        if (action.kind !== "start-from-triage") {
          const target = await chat.clickTarget(sessionId, where.conversation);
          if (target.kind === "stale") return replaceCard(stale);
        }
        return answerOnceQueued(inbox.click({ ...where, sessionId, action }, once), status("Working on it…"));
      }
      case "paste": {
        const paste = { ...where, text: input.text, sessionId: input.sessionId };
        return answerOnceQueued(inbox.serverReport(paste, once), status("Reading the report…"));
      }
      case "invalid":
        if (invoked) return status(input.message);
        await inbox.command(input, where, once, { answersWithAck: false });
        return undefined;
    }
    const { text, to } = input;
    if (to === "channel") {
      if (where.channel !== undefined && triageChannels.includes(where.channel))
        await inbox.triage(text, { ...where, starter: text }, once);
      return undefined;
    }
    if ((await inbox.serverReport({ ...where, text }, once)) || to === "chain") return undefined;
    // In a reply chain the mention's words are read with the chain's diagnosis (a handoff hands that one).
    if (input.inChain) await inbox.mention({ ...where, text }, once);
    else await inbox.command(request(text), where, once, { answersWithAck: false });
    return undefined;
  };
}
