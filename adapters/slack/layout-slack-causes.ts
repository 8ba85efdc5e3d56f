import type { RankedCause } from "../../src/engine/index.js";
import { type CauseDetail, renderSlackCause, renderSlackCauseLine } from "./render-slack-cause.js";
import type { KnownBlock } from "./slack-block-types.js";
import { mrkdwnSection } from "./slack-blocks.js";

/**
 * The shown causes in at most `maxBlocks` blocks. Every cause starts in full detail; while the card is too
 * big, the lowest-ranked cause still in full detail is shortened to brief, then the lowest-ranked brief one
 * to a line. So the top cause keeps its detail longest, and the card always fits.
 */
export function layoutSlackCauses(
  causes: readonly RankedCause[],
  sessionId: string | undefined,
  maxBlocks: number,
): KnownBlock[] {
  const levels: CauseDetail[] = causes.map(() => "full");
  let blocks = render(causes, levels, sessionId);
  while (blocks.length > maxBlocks) {
    const full = levels.lastIndexOf("full");
    const brief = levels.lastIndexOf("brief");
    if (full >= 0) levels[full] = "brief";
    else if (brief >= 0) levels[brief] = "line";
    else break;
    blocks = render(causes, levels, sessionId);
  }
  return blocks;
}

function render(
  causes: readonly RankedCause[],
  levels: CauseDetail[],
  sessionId: string | undefined,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const lines: string[] = [];
  for (const [i, cause] of causes.entries()) {
    const level = levels[i] ?? "line";
    if (level === "line") lines.push(renderSlackCauseLine(cause));
    else blocks.push(...renderSlackCause(cause, level, sessionId));
  }
  if (lines.length > 0)
    blocks.push(mrkdwnSection(["*Also shown, in short to fit Slack:*", ...lines].join("\n")));
  return blocks;
}
