import type { ProbeStep } from "../../src/probes/probe-report.js";
import { newestLinesThatFit, probeStepMarks } from "../../src/runtime/probe-progress-lines.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { fallbackText, mrkdwnSection } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * Live probe progress as one message the caller edits in place: one line per step so far. When the steps
 * outgrow a section, the newest are kept, since they say what is happening now.
 */
export function renderProbeProgressMessage(host: string, steps: readonly ProbeStep[]): SlackMessage {
  const title = `*Probing ${escapeMrkdwn(host)}…*`;
  const lines = steps.map(renderProbeStepLine);
  const room = slackLimits.sectionText - title.length - 60;
  const { kept, dropped } = newestLinesThatFit(lines, room);
  const note = dropped > 0 ? [`_(${dropped} earlier step(s) not shown)_`] : [];
  const last = steps.at(-1);
  return {
    text: fallbackText(
      `Probing ${escapeMrkdwn(host)}${last ? `: ${last.step} ${escapeMrkdwn(last.summary)}` : "…"}`,
    ),
    blocks: [mrkdwnSection([title, ...note, ...kept].join("\n"))],
  };
}

/** ✓ `tcp` [10.0.0.5]: TCP 3389 open in 3 ms */
export function renderProbeStepLine(step: ProbeStep): string {
  const where = step.address ? ` [${escapeMrkdwn(step.address)}]` : "";
  return `${probeStepMarks[step.status]} \`${step.step}\`${where}: ${escapeMrkdwn(step.summary)}`;
}
