import type { InvokeResponse } from "@microsoft/teams.api";
import type { Logger } from "pino";
import type { ChatService } from "../../src/chat/chat-service.js";
import { presentTriageOffer } from "../../src/chat/document/present-triage-offer.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { decodeTeamsActivity } from "./decode-teams-activity.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { teamsPresenter } from "./render-teams-message.js";
import { teamsNoteCard } from "./teams-note-card.js";
import { teamsPlainText } from "./teams-plain-text.js";
import type { TeamsWork, TeamsWorkKind } from "./teams-work.js";
import { teamsStaleNote } from "./teams-work-handlers.js";

export interface TeamsInboundDeps {
  chat: ChatService;
  flow: Flow;
  logger: Logger;
  triageChannels: readonly string[];
  enqueue: <K extends TeamsWorkKind>(kind: K, work: TeamsWork[K]) => Promise<void>;
}

/** A short status in place of a toast: the clicked card stays as it is until the bot's next message. */
const status = (text: string): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text },
});
/** The clicked card replaced by another (Universal Actions' refresh). */
const replaceCard = (card: TeamsActivity): InvokeResponse => ({
  status: 200,
  body: {
    statusCode: 200,
    type: "application/vnd.microsoft.card.adaptive",
    value: card.attachments[0].content as never,
  },
});

/**
 * What the replica that received a verified activity does before answering: decode, dedupe, queue the work
 * as plain JSON, and answer. An Action.Execute click is answered in the invoke response itself (Teams shows
 * an error without one): a short status while the work runs, or, for a card whose diagnosis moved on, a
 * card that says so in place of the stale one.
 */
export function teamsInbound(deps: TeamsInboundDeps) {
  const { chat, flow, logger, enqueue } = deps;
  return async (activity: unknown): Promise<InvokeResponse | undefined> => {
    const input = decodeTeamsActivity(activity, flow);
    if (input.kind === "ignore") return undefined;
    const { where } = input;
    const invoked = (activity as { type?: unknown }).type === "invoke";
    // A re-sent activity (same id) is answered once, on whichever replica saw it first.
    if (!(await chat.firstDelivery(`teams:activity:${where.conversation}:${where.activityId}`)))
      return invoked ? status("Working on it…") : undefined;
    switch (input.kind) {
      case "click": {
        const { sessionId, action } = input;
        if (action.kind !== "start-from-triage") {
          const target = await chat.clickTarget(sessionId, where.conversation);
          if (target.kind === "stale") return replaceCard(teamsNoteCard(teamsStaleNote));
        }
        await enqueue("teams:click", { where, sessionId, action });
        return status("Working on it…");
      }
      case "paste":
        await enqueue("teams:server-report", {
          where,
          text: input.text,
          ...(input.sessionId === undefined ? {} : { sessionId: input.sessionId }),
        });
        return invoked ? status("Reading the report…") : undefined;
      case "triage": {
        if (where.channel === undefined || !deps.triageChannels.includes(where.channel)) return undefined;
        const { report } = input;
        const host =
          report.host !== undefined && findHostInputProblem(report.host) === undefined
            ? report.host
            : undefined;
        logger.info({ triage: report.matched, channel: where.channel }, "offering a diagnosis");
        const offer = documentToAdaptiveCard(
          presentTriageOffer(report.matched, host, teamsPresenter),
          undefined,
        );
        const { text } = activity as { text?: unknown };
        await enqueue("teams:triage", { where, offer, text: teamsPlainText(String(text)) });
        return undefined;
      }
      case "invalid":
        if (invoked) return status(input.message);
        break;
    }
    const { where: _where, ...command } = input;
    await enqueue("teams:command", { where, command });
    return undefined;
  };
}
