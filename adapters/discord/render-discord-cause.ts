import {
  type EvidenceItem,
  evidenceWords,
  fixDidNotHelpText,
  nextFix,
  type RankedCause,
  standingNote,
} from "../../src/engine/index.js";
import { discordEmbed, discordField, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordEmbed, DiscordField } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatConfidence } from "./format-confidence.js";
import { renderDiscordFix } from "./render-discord-fix.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * How much of a cause a diagnosis shows. `full`: an embed with the cause, its evidence, how to confirm it,
 * and every fix. `brief`: an embed with the cause, shorter evidence, and its first fix whole. `line`: one
 * line among others, for when the message cannot hold more (see layoutDiscordCauses).
 */
export type CauseDetail = "full" | "brief" | "line";

/** What a brief cause may spend; together they keep the top cause inside Discord's 6000 with room left. */
const brief = { explanation: 500, evidence: 500, fix: 2600 } as const;

export function renderDiscordCause(cause: RankedCause, detail: Exclude<CauseDetail, "line">): DiscordEmbed {
  const full = detail === "full";
  const fields: DiscordField[] = [];
  const why = evidence(cause);
  if (why) fields.push(discordField("Why", full ? why : truncateDiscordText(why, brief.evidence)));
  if (full && cause.confirm.length > 0)
    fields.push(
      discordField("Confirm", cause.confirm.map((c) => `• ${escapeDiscordMarkdown(c)}`).join("\n")),
    );
  const tried = cause.fixes.flatMap((fix, i) =>
    cause.triedFixIds.includes(fix.id)
      ? [`~~${fixLabel(cause, i)}) ${escapeDiscordMarkdown(fix.title)}~~ *${fixDidNotHelpText}*`]
      : [],
  );
  if (tried.length > 0) fields.push(discordField("Tried", tried.join("\n")));
  if (!nextFix(cause)) fields.push(discordField("Fixes", "*Every fix for this cause has been tried.*"));
  // Letters follow the cause's whole fix list, so "1b" stays "1b" after "1a" did not help.
  const untried = cause.fixes
    .map((fix, i) => ({ fix, label: fixLabel(cause, i) }))
    .filter(({ fix }) => !cause.triedFixIds.includes(fix.id));
  let fixesShown = 0;
  for (const { fix, label } of full ? untried : untried.slice(0, 1)) {
    // One field stays free for naming the fixes that do not fit.
    const room = discordLimits.fieldsPerEmbed - fields.length - 1;
    const rendered = renderDiscordFix(fix, label, full ? Infinity : brief.fix, room);
    if (room < 1 || rendered.length > room) break;
    fields.push(...rendered);
    fixesShown += 1;
  }
  const rest = untried.slice(fixesShown);
  if (rest.length > 0) {
    const names = rest.map(({ fix, label }) => `${label}) ${escapeDiscordMarkdown(fix.title)}`);
    fields.push(discordField(`${rest.length} more fix(es), not shown to fit Discord`, names.join("\n")));
  }
  const explanation = escapeDiscordMarkdown(cause.explanation);
  return discordEmbed({
    title: causeTitle(cause),
    description: full ? explanation : truncateDiscordText(explanation, brief.explanation),
    fields,
    color: cause.rank === 1 ? embedColor.topCause : embedColor.cause,
  });
}

/** One line for a cause shown at the least detail. */
export function renderDiscordCauseLine(cause: RankedCause): string {
  const next = nextFix(cause);
  const tryFirst = next
    ? ` — try next: ${fixLabel(cause, next.index)}) ${escapeDiscordMarkdown(next.fix.title)}`
    : "";
  return `• **${causeTitle(cause)}**${tryFirst}`;
}

/** "1. The certificate expired — 87%", as the terminal and Slack say it. */
export function causeTitle(cause: RankedCause): string {
  const note = standingNote(cause);
  const tried = note ? ` (${note})` : "";
  const title = truncateDiscordText(escapeDiscordMarkdown(`${cause.rank}. ${cause.title}`), 200);
  return `${title} — ${formatConfidence(cause.confidence)}${tried}`;
}

/** "1a" names the first fix of the first cause, as the terminal does; buttons carry the same label. */
export function fixLabel(cause: RankedCause, index: number): string {
  return `${cause.rank}${String.fromCharCode(97 + index)}`;
}

function evidence(cause: RankedCause): string {
  return [...cause.evidenceFor, ...cause.evidenceAgainst].map(formatEvidence).join("\n");
}

function formatEvidence(item: EvidenceItem): string {
  const sign = item.bits > 0 ? "+" : "−";
  // A leading "+ " would make the line a list item and lose the sign, so it is escaped.
  return `${sign === "+" ? "\\+" : sign} ${escapeDiscordMarkdown(item.label)} *(${evidenceWords(item.bits)})*`;
}
