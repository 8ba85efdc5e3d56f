import type { RankedCause } from "../../src/engine/index.js";
import { discordEmbed, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordEmbed } from "./discord-message.js";
import { embedsSize } from "./embed-size.js";
import { fitLines } from "./fit-lines.js";
import { type CauseDetail, renderDiscordCause, renderDiscordCauseLine } from "./render-discord-cause.js";

const linesTitle = "Also shown, in short to fit Discord";
const more = (left: number) => `*…and ${left} more; \`rdp-fix diagnose\` in a terminal lists every cause.*`;

/**
 * The shown causes as at most `room.embeds` embeds of at most `room.chars` characters together. Every cause
 * starts in full detail; while that is too big, the lowest-ranked other cause in full detail is shortened to
 * brief, then the lowest-ranked brief one to a line, and last the top cause to brief. So the top cause keeps
 * every fix longest, it is never reduced to a line, and the message always fits: lines that still do not fit
 * are counted, not shown.
 */
export function layoutDiscordCauses(
  causes: readonly RankedCause[],
  room: { chars: number; embeds: number },
): DiscordEmbed[] {
  const levels: CauseDetail[] = causes.map(() => "full");
  for (;;) {
    const embeds = render(causes, levels, Infinity);
    if (embeds.length <= room.embeds && embedsSize(embeds) <= room.chars) return embeds;
    if (!degrade(levels)) return render(causes, levels, room.chars);
  }
}

/** Shortens one cause a step; false when nothing is left to shorten. */
function degrade(levels: CauseDetail[]): boolean {
  const others = levels.slice(1);
  const full = others.lastIndexOf("full");
  const brief = others.lastIndexOf("brief");
  if (full >= 0) levels[full + 1] = "brief";
  else if (brief >= 0) levels[brief + 1] = "line";
  else if (levels[0] === "full") levels[0] = "brief";
  else return false;
  return true;
}

function render(causes: readonly RankedCause[], levels: CauseDetail[], chars: number): DiscordEmbed[] {
  const embeds: DiscordEmbed[] = [];
  const lines: string[] = [];
  for (const [i, cause] of causes.entries()) {
    const level = levels[i] ?? "line";
    if (level === "line") lines.push(renderDiscordCauseLine(cause));
    else embeds.push(renderDiscordCause(cause, level));
  }
  if (lines.length === 0) return embeds;
  const left = Math.min(chars - embedsSize(embeds) - linesTitle.length, discordLimits.embedDescription);
  return [
    ...embeds,
    discordEmbed({
      title: linesTitle,
      description: fitLines(lines, left, more, 300),
      color: embedColor.info,
    }),
  ];
}
