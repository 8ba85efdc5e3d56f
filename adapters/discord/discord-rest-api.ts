import type { REST } from "discord.js";

/**
 * The REST verbs the work uses, with the bot token: discord.js's REST as discord-app.ts (the SDK file) hands
 * it over, each failure counted. Only the type is imported here, so the ports stay SDK-free at run time, and
 * no gateway is needed: every replica can do the work.
 */
export type DiscordRest = Pick<REST, "get" | "post" | "patch">;

/** An interaction's webhook: enough to edit its reply or send a follow-up from any replica (15 minutes). */
export interface InteractionWebhook {
  applicationId: string;
  token: string;
}

/** Webhook calls carry their own token in the route, not the bot's. */
export const webhookRoute = ({ applicationId, token }: InteractionWebhook) =>
  `/webhooks/${applicationId}/${token}` as const;
