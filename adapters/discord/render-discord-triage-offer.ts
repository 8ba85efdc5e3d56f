import { presentTriageOffer } from "../../src/chat/document/present-triage-offer.js";
import type { RdpFailureReport } from "../../src/engine/index.js";
import type { DiscordMessage } from "./discord-message.js";
import { documentToDiscord } from "./document-to-discord.js";
import { discordPresenter } from "./render-discord-message.js";

/**
 * The one offer triage makes under a message that reads like an RDP failure, worded by the shared presenter
 * with Discord's command. A host too long for a custom_id gets no button (the host rides in it, as no
 * session exists yet); the command to type is always there.
 */
export function renderDiscordTriageOffer(report: RdpFailureReport, host: string | undefined): DiscordMessage {
  return documentToDiscord(presentTriageOffer(report.matched, host, discordPresenter), undefined);
}
