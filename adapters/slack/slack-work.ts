import type { SlackAction } from "./slack-action.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * The work a Slack listener acknowledges and queues in the store, as plain JSON, so any replica can do it
 * and a restart between the ack and the work loses nothing. Each kind is handled in slack-work-handlers.ts.
 */
export interface SlackWork {
  "slack:command": {
    team: string;
    channel: string;
    user: string;
    host: string;
    port?: number;
    text: string;
    /** Where the person hears that the diagnosis could not start (absent on work queued before it was kept). */
    responseUrl?: string;
  };
  "slack:handoff": { team: string; channel: string; threadTs?: string; user: string; to?: string };
  "slack:click": {
    team: string;
    channel: string;
    threadTs: string;
    user: string;
    sessionId: string;
    action: SlackAction;
  };
  "slack:mention": { team: string; channel: string; threadTs: string; user: string; text: string };
  "slack:triage": { channel: string; ts: string; offer: SlackMessage };
  /** A reply in a diagnosis thread that carries a server report (the collector's RDPFIX1 line or its JSON). */
  "slack:server-report": { team: string; channel: string; threadTs: string; user: string; text: string };
}

export type SlackWorkKind = keyof SlackWork;
