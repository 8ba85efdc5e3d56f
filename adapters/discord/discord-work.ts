import type { DiscordCommandRequest } from "./decode-discord-command.js";
import type { DiscordAction } from "./discord-action.js";
import type { DiscordMessage } from "./discord-message.js";

/** An interaction's webhook: enough to edit its reply or send a follow-up from any replica (15 minutes). */
export interface InteractionWebhook {
  applicationId: string;
  token: string;
}

/** The webhook of an interaction, as the work carries it (the interaction object itself stays behind). */
export function webhookOf(interaction: { applicationId: string; token: string }): InteractionWebhook {
  return { applicationId: interaction.applicationId, token: interaction.token };
}

/**
 * The work the gateway replica acknowledges and queues in the store, as plain JSON, so whichever replica is
 * free does it with the REST API and a restart between the ack and the work loses nothing.
 */
export interface DiscordWork {
  "discord:command": {
    webhook: InteractionWebhook;
    channelId: string;
    user: string;
    /** The member's role ids, for "who may probe". */
    roles: string[];
    request: DiscordCommandRequest;
  };
  "discord:click": {
    webhook: InteractionWebhook;
    channelId: string;
    messageId: string;
    user: string;
    roles: string[];
    /** The channel a thread hangs off (what a probe channel list names); the channel itself otherwise. */
    homeChannelId: string;
    sessionId: string;
    action: DiscordAction;
  };
  "discord:triage": { channelId: string; messageId: string; offer: DiscordMessage };
  /** What someone pasted into the "Paste the report" form of session `sessionId`. */
  "discord:server-report": {
    webhook: InteractionWebhook;
    channelId: string;
    user: string;
    roles: string[];
    sessionId: string;
    text: string;
  };
}

export type DiscordWorkKind = keyof DiscordWork;
