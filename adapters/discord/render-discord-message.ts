import { noticeText } from "../../src/chat/notice-text.js";
import { assertNever } from "../../src/engine/index.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import { readingSummary } from "../../src/runtime/reading-summary.js";
import { discordCommandSyntax } from "./discord-command-syntax.js";
import { buttonRows, discordButton } from "./discord-components.js";
import { discordEmbed, discordMessage, embedColor } from "./discord-embeds.js";
import type { DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown, escapeDiscordProse } from "./escape-discord-markdown.js";
import { formatDiscordPerson } from "./format-discord-person.js";
import { renderDiscordConsent } from "./render-discord-consent.js";
import { renderDiscordDiagnosis } from "./render-discord-diagnosis.js";
import { renderDiscordHandoff } from "./render-discord-handoff.js";
import { renderDiscordQuestion } from "./render-discord-question.js";
import { renderDiscordRecheck } from "./render-discord-recheck.js";
import { renderProbeProgressMessage } from "./render-probe-progress-message.js";

/**
 * Every outbound message as a Discord message that Discord's API accepts: inside every limit in
 * discord-limits.ts, user and probe text escaped, nobody pinged but a handoff's addressee, buttons carrying
 * the session. Exhaustive, so a new kind cannot be forgotten.
 */
export function renderDiscordMessage(message: Outbound, context: OutboundContext): DiscordMessage {
  const { sessionId } = context;
  switch (message.kind) {
    case "text":
      return discordMessage({ content: escapeDiscordProse(message.text) });
    case "notice":
      // `-#` is Discord's small grey subtext: a notice should not shout.
      return discordMessage({
        content: `-# ${escapeDiscordProse(noticeText(message, discordCommandSyntax))}`,
      });
    case "consent":
      return renderDiscordConsent(message, sessionId);
    case "reading": {
      const { text, hint, changes } = readingSummary(message);
      return discordMessage({
        content: `-# ${escapeDiscordProse(text)} ${escapeDiscordProse(hint)}`,
        components: buttonRows(changes.map((c) => discordButton(c.label, c.action, sessionId))),
      });
    }
    case "question":
      return renderDiscordQuestion(message, sessionId);
    case "diagnosis":
      return renderDiscordDiagnosis(message, sessionId);
    case "solved": {
      const what = `"${escapeDiscordMarkdown(message.fixTitle)}" fixed ${escapeDiscordMarkdown(message.causeTitle)}`;
      return discordMessage({
        embeds: [
          discordEmbed({
            title: "✅ Solved",
            description: [
              `${what} (recorded for ${formatDiscordPerson(message.by)}).`,
              ...(message.proof ? [renderDiscordRecheck(message.proof, 1500)] : []),
            ].join("\n"),
            color: embedColor.solved,
          }),
        ],
      });
    }
    case "handoff":
      return renderDiscordHandoff(message, sessionId);
    case "cancelled":
      return discordMessage({ content: `-# Diagnosis cancelled by ${formatDiscordPerson(message.by)}.` });
    case "probe-progress":
      return renderProbeProgressMessage(message.host, [message.step]);
    default:
      return assertNever(message);
  }
}
