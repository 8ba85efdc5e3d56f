import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { documentToDiscord } from "./document-to-discord.js";
import { embedsSize } from "./embed-size.js";

/** A document as the Discord messages that carry it, each inside Discord's limits. */
export function fitDiscordDocument(document: ReplyDocument, sessionId: string | undefined): DiscordMessage[] {
  return fitConverted(
    document,
    (fitted) => documentToDiscord(fitted, sessionId),
    (message) =>
      message.embeds.length <= discordLimits.embedsPerMessage &&
      embedsSize(message.embeds) + (message.content?.length ?? 0) <= discordLimits.embedsTotal &&
      message.components.length <= discordLimits.actionRows,
  );
}
