import type { ChatAction } from "../../src/runtime/chat-action.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import type { TeamsPlace } from "./decode-teams-activity.js";
import type { TeamsCommand } from "./decode-teams-command.js";

/**
 * The work the replica that answered Teams queues in the store, as plain JSON, so whichever replica is free
 * does it over the Bot Connector REST API and a restart between the 200 and the work loses nothing.
 */
export interface TeamsWork {
  /** An @mention in a channel, or a message in a chat with the bot. */
  "teams:command": { where: TeamsPlace; command: TeamsCommand };
  /** An Action.Execute click, already answered with a refreshed card or a short status. */
  "teams:click": { where: TeamsPlace; sessionId: string; action: ChatAction };
  /** A server report: from the card's form (with its session) or pasted as a message in the conversation. */
  "teams:server-report": { where: TeamsPlace; text: string; sessionId?: string };
  /** The offer under a channel post that reports 0x904 or its family; `text` is the post, for its host's start. */
  "teams:triage": { where: TeamsPlace; offer: TeamsActivity; text: string };
}

export type TeamsWorkKind = keyof TeamsWork;
