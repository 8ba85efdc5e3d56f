import type { RdpFailureReport } from "../../src/engine/index.js";
import { buttonRows, buttonStyle, discordButton } from "./discord-components.js";
import { discordMessage } from "./discord-embeds.js";
import type { DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatDiscordInlineCode } from "./format-discord-code.js";

const intro =
  "This looks like a Remote Desktop connection failure. I can find out why: I ask a few questions and, with your OK, probe the host.";

/**
 * The one offer triage makes under a message that reads like an RDP failure: a button when the message names
 * a host that fits in a custom_id (the host rides in it, as no session exists yet), otherwise the command
 * to type.
 */
export function renderDiscordTriageOffer(report: RdpFailureReport, host: string | undefined): DiscordMessage {
  const matched = `-# Matched: ${escapeDiscordMarkdown(report.matched.slice(0, 3).join(", "))}`;
  const button =
    host === undefined
      ? undefined
      : discordButton(
          `Diagnose ${host}`,
          { kind: "start-from-triage", host },
          undefined,
          buttonStyle.primary,
        );
  if (button === undefined) {
    const command = formatDiscordInlineCode(`/rdp-fix host:${host ?? "host42"}`);
    return discordMessage({ content: [intro, `Run ${command} to start.`, matched].join("\n") });
  }
  return discordMessage({ content: [intro, matched].join("\n"), components: buttonRows([button]) });
}
