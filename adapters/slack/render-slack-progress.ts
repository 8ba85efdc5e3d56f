import { presentProbeProgress } from "../../src/chat/document/present-probe-progress.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import { fitSlackDocument } from "./fit-slack-document.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * Live probe progress as the one message the sender edits in place. The fitting pass keeps the newest
 * steps when a long run outgrows a message, so it is always exactly one.
 */
export function renderSlackProgress(host: string, steps: readonly ProbeStep[]): SlackMessage {
  const [message] = fitSlackDocument(presentProbeProgress(host, steps), undefined);
  return message ?? { text: host, blocks: [] };
}
