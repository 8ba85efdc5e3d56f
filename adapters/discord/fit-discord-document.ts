import { fitDocument } from "../../src/chat/document/fit-document.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { documentToDiscord } from "./document-to-discord.js";
import { embedsSize } from "./embed-size.js";

/** A document as the Discord messages that carry it, each inside Discord's limits: the shared fitting pass. */
export function fitDiscordDocument(document: ReplyDocument, sessionId: string | undefined): DiscordMessage[] {
  const fits = (candidate: ReplyDocument) => {
    const message = documentToDiscord(candidate, sessionId);
    return (
      message.embeds.length <= discordLimits.embedsPerMessage &&
      embedsSize(message.embeds) + (message.content?.length ?? 0) <= discordLimits.embedsTotal &&
      message.components.length <= discordLimits.actionRows
    );
  };
  return fitDocument(document, fits).map((fitted) => documentToDiscord(fitted, sessionId));
}
