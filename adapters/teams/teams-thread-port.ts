import { presentProbeProgress } from "../../src/chat/document/present-probe-progress.js";
import type { ThreadPort } from "../../src/chat/thread-port.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { fitTeamsDocument } from "./fit-teams-document.js";
import { renderTeamsMessages } from "./render-teams-message.js";
import type { TeamsConnector } from "./teams-app.js";
import { teamsNoteCard } from "./teams-note-card.js";

/**
 * One Teams conversation (a channel's reply chain, or a chat) for the shared sender, through the Bot
 * Connector REST API at the serviceUrl its conversation key names.
 */
export function teamsThreadPort(
  connector: TeamsConnector,
  conversationId: string,
): ThreadPort<TeamsActivity> {
  return {
    render: (message, context) => renderTeamsMessages(message, context),
    renderProgress: (host, steps) => {
      const [activity] = fitTeamsDocument(presentProbeProgress(host, steps), undefined);
      return activity ?? teamsNoteCard(`Probing ${host}…`);
    },
    renderNote: (text, resumeSession) => teamsNoteCard(`⚠️ ${text}`, resumeSession),
    post: async (activity) => {
      try {
        return { posted: true, id: (await connector.post(conversationId, activity)).id };
      } catch (error) {
        // The Bot Connector answers 413 for an activity over its size limit: a shorter rendering can pass.
        const tooLong = (error as { response?: { status?: number } }).response?.status === 413;
        return { posted: false, error, tooLong };
      }
    },
    update: async (id, activity) => {
      await connector.update(conversationId, id, activity);
    },
  };
}
