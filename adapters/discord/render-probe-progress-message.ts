import type { ProbeStep } from "../../src/probes/probe-report.js";
import { newestLinesThatFit, probeStepMarks } from "../../src/runtime/probe-progress-lines.js";
import { discordMessage } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordInlineCode } from "./format-discord-code.js";
import { truncateDiscordText } from "./truncate-discord-text.js";

/**
 * Live probe progress as one message the caller edits in place: one line per step so far. When the steps
 * outgrow a message, the newest are kept, since they say what is happening now.
 */
export function renderProbeProgressMessage(host: string, steps: readonly ProbeStep[]): DiscordMessage {
  const title = `**Probing ${truncateDiscordText(escapeDiscordMarkdown(host), 300)}…**`;
  const lines = steps.map(renderProbeStepLine);
  const room = discordLimits.content - title.length - 60;
  const { kept, dropped } = newestLinesThatFit(lines, room);
  const note = dropped > 0 ? [`*(${dropped} earlier step(s) not shown)*`] : [];
  return discordMessage({ content: [title, ...note, ...kept].join("\n") });
}

/** ✓ `tcp` [10.0.0.5]: TCP 3389 open in 3 ms */
export function renderProbeStepLine(step: ProbeStep): string {
  const where = step.address ? ` [${escapeDiscordMarkdown(step.address)}]` : "";
  const line = `${probeStepMarks[step.status]} ${formatDiscordInlineCode(step.step)}${where}: ${escapeDiscordMarkdown(step.summary)}`;
  return truncateDiscordText(line, 400);
}
