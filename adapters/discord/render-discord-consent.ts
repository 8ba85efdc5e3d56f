import type { Reply } from "../../src/engine/index.js";
import { buttonRows, buttonStyle, discordButton } from "./discord-components.js";
import { discordEmbed, discordMessage, embedColor } from "./discord-embeds.js";
import type { DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";

type ConsentReply = Extract<Reply, { kind: "consent" }>;

/** Asks before any packet is sent: what will be probed, and "Probe now" / "Skip probes". */
export function renderDiscordConsent(consent: ConsentReply, sessionId: string | undefined): DiscordMessage {
  const target = `${escapeDiscordMarkdown(consent.host)} port ${consent.port}`;
  return discordMessage({
    embeds: [
      discordEmbed({
        title: `May I probe ${target}?`,
        description: [
          "This sends a few connections from the bot's machine:",
          ...consent.probes.map((p) => `• ${escapeDiscordMarkdown(p)}`),
        ].join("\n"),
        color: embedColor.ask,
      }),
    ],
    components: buttonRows([
      discordButton("Probe now", { kind: "consent", allow: true }, sessionId, buttonStyle.success),
      discordButton("Skip probes", { kind: "consent", allow: false }, sessionId),
    ]),
  });
}
