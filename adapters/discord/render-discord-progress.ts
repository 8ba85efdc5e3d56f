import { presentProbeProgress } from "../../src/chat/document/present-probe-progress.js";
import type { ProbeStep } from "../../src/probes/probe-report.js";
import type { DiscordMessage } from "./discord-message.js";
import { fitDiscordDocument } from "./fit-discord-document.js";

/**
 * Live probe progress as the one message the sender edits in place. The fitting pass keeps the newest
 * steps when a long run outgrows a message, so it is always exactly one.
 */
export function renderDiscordProgress(host: string, steps: readonly ProbeStep[]): DiscordMessage {
  const [message] = fitDiscordDocument(presentProbeProgress(host, steps), undefined);
  return message ?? { embeds: [], components: [], allowedMentions: { parse: [], users: [] } };
}
