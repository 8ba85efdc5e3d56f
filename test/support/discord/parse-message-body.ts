import { type APIEmbed, type APIMessageTopLevelComponent, MessageFlags } from "discord.js";

/** The message fields one create or edit request sets; absent ones are left as they were. */
export interface MessagePatch {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
}

/** The flags a bot may set when it sends or edits; Discord ignores the rest (Loading, HasThread, ...). */
const settableFlags =
  MessageFlags.Ephemeral |
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

/**
 * Reads a message body the way discord.js sends it (JSON, or `payload_json` of a multipart upload).
 * `content: null` clears the text, as it does on Discord. Components are trusted as discord.js built them.
 */
export function parseMessageBody(body: unknown): MessagePatch {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const patch: MessagePatch = {};
  if (typeof fields.content === "string" || fields.content === null) patch.content = fields.content ?? "";
  if (Array.isArray(fields.embeds)) patch.embeds = fields.embeds as APIEmbed[];
  if (Array.isArray(fields.components)) patch.components = fields.components as APIMessageTopLevelComponent[];
  if (typeof fields.flags === "number") patch.flags = fields.flags & settableFlags;
  return patch;
}

/** Discord answers 50006 "Cannot send an empty message" for these. */
export function isEmptyMessage(patch: MessagePatch, fileCount: number): boolean {
  return (
    (patch.content ?? "") === "" &&
    (patch.embeds ?? []).length === 0 &&
    (patch.components ?? []).length === 0 &&
    fileCount === 0
  );
}
