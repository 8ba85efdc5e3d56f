import type { APIEmbed } from "discord-api-types/v10";
import { addressedPeople } from "../../src/chat/document/addressed-people.js";
import { blockLines, type LineSyntax } from "../../src/chat/document/block-lines.js";
import { type AttachedFile, drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { plain, plainText } from "../../src/chat/document/inline.js";
import { packLines } from "../../src/chat/document/pack-lines.js";
import type {
  DocumentButton,
  DocumentSelect,
  Inline,
  ReplyDocument,
} from "../../src/chat/document/reply-document.js";
import { discordRows } from "./discord-actions.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordCode } from "./format-discord-code.js";
import { discordUserId } from "./format-discord-person.js";
import { inlineToDiscord } from "./inline-to-discord.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

interface Part {
  title?: string;
  /** Lines before any heading or divider: the message's content, when they fit there. */
  preamble?: true;
  lines: Array<{ text: string; quiet: boolean }>;
}

const markdownLines: LineSyntax = {
  inline: inlineToDiscord,
  // "1." at the start of a line would be Discord's own list, renumbered its way.
  ordinal: (n) => `${n}\\.`,
  code: formatDiscordCode,
  longestCode: discordLimits.embedDescription - 1,
};

/**
 * A reply document as a Discord message. Each heading starts an embed titled with it (a divider starts an
 * untitled one); lines fill its description, and an embed that is full goes on in the next. A short reply
 * with no parts is plain content. Buttons and menus become the message's rows; a form is a modal, opened
 * when its button is clicked. Pure: the fitting pass calls it to measure.
 */
export function documentToDiscord(document: ReplyDocument, sessionId: string | undefined): DiscordMessage {
  const parts: Part[] = [];
  const actions: Array<ReadonlyArray<DocumentButton | DocumentSelect>> = [];
  let current: Part | undefined;
  const start = (title?: string) => {
    const preamble = parts.length === 0 && title === undefined ? { preamble: true as const } : {};
    current = { ...(title === undefined ? {} : { title }), ...preamble, lines: [] };
    parts.push(current);
  };
  const line = (raw: string, quiet = false) => {
    if (current === undefined) start();
    current?.lines.push({ text: truncateDiscordText(raw, discordLimits.embedDescription), quiet });
  };
  const files: NonNullable<DiscordMessage["files"]> = [];
  const attach = (file: AttachedFile) =>
    void files.push({ name: file.name, attachment: Buffer.from(file.content, "utf8") });
  for (const block of drawnBlocks(document.blocks, attach)) {
    switch (block.type) {
      case "heading":
        // A title shows no markdown and pings nobody, but is escaped all the same: it reads as typed.
        start(
          truncateDiscordText(
            escapeDiscordMarkdown(plainText(block.text).replace(/:$/, "")),
            discordLimits.embedTitle,
          ),
        );
        break;
      case "fields":
        for (const field of block.fields)
          line(`**${inlineToDiscord([plain(field.label)])}:** ${inlineToDiscord(field.value)}`);
        break;
      case "divider":
        if (parts.length === 0) start();
        current = undefined;
        break;
      case "actions":
        actions.push(block.items);
        break;
      case "form":
        // Its button opens the paste form (a modal): the prompt, for platforms without forms, is not shown.
        actions.push([block.open]);
        break;
      default:
        for (const text of blockLines(block, markdownLines)) line(text, block.type === "note");
    }
  }
  return message(
    document.summary,
    parts.flatMap(fullEmbeds),
    discordRows(actions, sessionId),
    addressedPeople(document).flatMap((id) => discordUserId(id) ?? []),
    files,
  );
}

/** A part as the parts whose lines each fit an embed's description; those after the first go on untitled. */
function fullEmbeds(part: Part): Part[] {
  const runs = packLines(part.lines, discordLimits.embedDescription - 1, (line) => line.text.length);
  return runs.length === 0 ? [part] : runs.map((lines, i) => (i === 0 ? { ...part, lines } : { lines }));
}

/**
 * The message pinging nobody but `ping` (user ids). Its parts are within the limits already (titles cut,
 * lines packed to a description); only a headline is cut here.
 */
function message(
  summary: Inline[],
  parts: Part[],
  rows: DiscordActionRow[],
  ping: string[],
  files: NonNullable<DiscordMessage["files"]>,
): DiscordMessage {
  const [first, ...rest] = parts;
  // `-#` is Discord's small grey subtext: a note should not shout.
  const content = first?.lines.map((l) => (l.quiet ? `-# ${l.text}` : l.text)).join("\n") ?? "";
  const inContent = first?.preamble === true && content.length <= discordLimits.content;
  const embeds = (inContent ? rest : parts)
    .filter((p) => p.lines.length > 0 || p.title !== undefined)
    .map((p): APIEmbed => {
      const description = p.lines.map((l) => l.text).join("\n");
      return { ...(p.title ? { title: p.title } : {}), ...(description ? { description } : {}) };
    });
  // A card of several embeds says what it is in its content: the notification people see.
  const headline = inContent ? content : embeds.length > 1 ? inlineToDiscord(summary) : "";
  return {
    ...(headline ? { content: truncateDiscordText(headline, discordLimits.content) } : {}),
    embeds,
    components: rows,
    allowedMentions: { parse: [], users: [...new Set(ping)] },
    ...(files.length > 0 ? { files } : {}),
  };
}
