import { addressedPeople } from "../../src/chat/document/addressed-people.js";
import { type DrawnBlock, drawnBlocks } from "../../src/chat/document/drawn-blocks.js";
import { plainText } from "../../src/chat/document/inline.js";
import type {
  DocumentButton,
  DocumentSelect,
  Inline,
  ReplyDocument,
} from "../../src/chat/document/reply-document.js";
import { assertNever } from "../../src/engine/index.js";
import { discordRows } from "./discord-actions.js";
import { discordEmbed, discordMessage, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordCode } from "./format-discord-code.js";
import { discordUserId } from "./format-discord-person.js";
import { inlineToDiscord } from "./inline-to-discord.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

interface Part {
  title?: string;
  color?: number;
  /** Lines before any heading or divider: the message's content, when they fit there. */
  preamble?: true;
  lines: Array<{ text: string; quiet: boolean }>;
  length: number;
}

/**
 * A reply document as a Discord message. Each heading starts an embed titled with it (a divider starts an
 * untitled one); lines fill its description, and an embed that is full goes on in the next. A short reply
 * with no parts is plain content. Buttons and menus become the message's rows. Pure: the fitting pass calls
 * it to measure.
 */
export function documentToDiscord(document: ReplyDocument, sessionId: string | undefined): DiscordMessage {
  const parts: Part[] = [];
  const actions: Array<ReadonlyArray<DocumentButton | DocumentSelect>> = [];
  let current: Part | undefined;
  const start = (title?: string, color: number = current?.color ?? embedColor.info) => {
    const preamble = parts.length === 0 && title === undefined ? { preamble: true as const } : {};
    current = { ...(title === undefined ? {} : { title }), ...preamble, color, lines: [], length: 0 };
    parts.push(current);
    return current;
  };
  const line = (raw: string, quiet = false) => {
    const text = truncateDiscordText(raw, discordLimits.embedDescription);
    let part = current ?? start();
    if (part.length + text.length + 1 > discordLimits.embedDescription) part = start();
    part.lines.push({ text, quiet });
    part.length += text.length + 1;
  };
  const convert = (block: DrawnBlock): void => {
    switch (block.type) {
      case "heading":
        // A title shows no markdown and pings nobody, but is escaped all the same: it reads as typed.
        start(
          truncateDiscordText(
            escapeDiscordMarkdown(plainText(block.text).replace(/:$/, "")),
            discordLimits.embedTitle,
          ),
          embedColor[block.tone ?? "info"],
        );
        break;
      case "paragraph":
        line(inlineToDiscord(block.text));
        break;
      case "list":
        for (const [i, item] of block.items.entries())
          line(`${block.ordered ? `${(block.start ?? 1) + i}\\.` : "•"} ${inlineToDiscord(item)}`);
        break;
      case "code": {
        // A command is copied as is: one a description cannot hold whole is named instead of cut.
        const formatted = formatDiscordCode(
          block.code,
          block.language === "text" ? undefined : block.language,
        );
        line(formatted.length < discordLimits.embedDescription ? formatted : inlineToDiscord(block.tooLong));
        break;
      }
      case "fields":
        for (const field of block.fields)
          line(
            `**${inlineToDiscord([{ type: "text", text: field.label }])}:** ${inlineToDiscord(field.value)}`,
          );
        break;
      case "divider":
        if (parts.length === 0) start();
        current = undefined;
        break;
      case "note":
        line(inlineToDiscord(block.text), true);
        break;
      case "actions":
        actions.push(block.items);
        break;
      case "form":
        // The form itself is a modal, opened when its button is clicked.
        line(inlineToDiscord(block.prompt));
        actions.push([block.open]);
        break;
      default:
        assertNever(block);
    }
  };
  for (const block of drawnBlocks(document.blocks)) convert(block);
  return message(
    document.summary,
    parts,
    discordRows(actions, sessionId),
    addressedPeople(document).flatMap((id) => discordUserId(id) ?? []),
  );
}

function message(summary: Inline[], parts: Part[], rows: DiscordActionRow[], ping: string[]): DiscordMessage {
  const [first, ...rest] = parts;
  // `-#` is Discord's small grey subtext: a note should not shout.
  const content = first?.lines.map((l) => (l.quiet ? `-# ${l.text}` : l.text)).join("\n") ?? "";
  const inContent = first?.preamble === true && content.length <= discordLimits.content;
  const embeds = (inContent ? rest : parts)
    .filter((p) => p.lines.length > 0 || p.title !== undefined)
    .map((p) =>
      discordEmbed({
        ...(p.title ? { title: p.title } : {}),
        description: p.lines.map((l) => l.text).join("\n"),
      }),
    );
  // A card of several embeds says what it is in its content: the notification people see.
  const headline = inContent ? content : embeds.length > 1 ? inlineToDiscord(summary) : "";
  return discordMessage({ ...(headline ? { content: headline } : {}), embeds, components: rows, ping });
}
