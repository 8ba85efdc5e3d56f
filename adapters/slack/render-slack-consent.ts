import type { Reply } from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { actionsBlocks, fallbackText, mrkdwnSection } from "./slack-blocks.js";
import type { SlackMessage } from "./slack-message.js";

type ConsentReply = Extract<Reply, { kind: "consent" }>;

/** Asks before any packet is sent: what will be probed, and "Probe now" / "Skip probes". */
export function renderSlackConsent(consent: ConsentReply, sessionId: string | undefined): SlackMessage {
  const target = `${escapeMrkdwn(consent.host)} port ${consent.port}`;
  const question = `May I probe ${target}? This sends a few connections from the bot's machine:`;
  return {
    text: fallbackText(`May I probe ${target}?`),
    blocks: [
      mrkdwnSection([`*${question}*`, ...consent.probes.map((p) => `• ${escapeMrkdwn(p)}`)].join("\n")),
      ...actionsBlocks([
        actionButton("Probe now", { kind: "consent", allow: true }, sessionId, "primary"),
        actionButton("Skip probes", { kind: "consent", allow: false }, sessionId),
      ]),
    ],
  };
}
