import { noticeText } from "../../src/chat/notice-text.js";
import { assertNever } from "../../src/engine/index.js";
import type { Outbound, OutboundContext } from "../../src/runtime/outbound.js";
import { readingSummary } from "../../src/runtime/reading-summary.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatSlackPerson } from "./format-slack-person.js";
import { renderProbeProgressMessage } from "./render-probe-progress-message.js";
import { renderSlackConsent } from "./render-slack-consent.js";
import { renderSlackDiagnosis } from "./render-slack-diagnosis.js";
import { renderSlackHandoff } from "./render-slack-handoff.js";
import { renderSlackQuestion } from "./render-slack-question.js";
import { renderSlackRecheck } from "./render-slack-recheck.js";
import { actionsBlocks, fallbackText, mrkdwnContext, mrkdwnSection } from "./slack-blocks.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * Every outbound message as a Slack message that Slack's API accepts: inside every limit in slack-limits.ts,
 * user and probe text escaped, buttons carrying the session. Exhaustive, so a new kind cannot be forgotten.
 */
export function renderSlackMessage(message: Outbound, context: OutboundContext): SlackMessage {
  const { sessionId } = context;
  switch (message.kind) {
    case "text":
      return simple(mrkdwnSection, escapeMrkdwn(message.text));
    case "notice":
      return simple(mrkdwnContext, escapeMrkdwn(noticeText(message, slackCommandSyntax)));
    case "consent":
      return renderSlackConsent(message, sessionId);
    case "reading": {
      const { text, hint, changes } = readingSummary(message);
      const buttons = changes.map((c) => actionButton(c.label, c.action, sessionId));
      const said = `${escapeMrkdwn(text)} ${escapeMrkdwn(hint)}`;
      return { text: fallbackText(said), blocks: [mrkdwnContext(said), ...actionsBlocks(buttons)] };
    }
    case "question":
      return renderSlackQuestion(message, sessionId);
    case "diagnosis":
      return renderSlackDiagnosis(message, sessionId);
    case "solved": {
      const by = formatSlackPerson(message.by);
      const what = `"${escapeMrkdwn(message.fixTitle)}" fixed ${escapeMrkdwn(message.causeTitle)}`;
      const solved = `:white_check_mark: *Solved:* ${what} (recorded for ${by}).`;
      if (!message.proof) return simple(mrkdwnSection, solved);
      return {
        text: fallbackText(solved),
        blocks: [mrkdwnSection(solved), mrkdwnSection(renderSlackRecheck(message.proof))],
      };
    }
    case "handoff":
      return renderSlackHandoff(message, sessionId);
    case "cancelled":
      return simple(mrkdwnContext, `Diagnosis cancelled by ${formatSlackPerson(message.by)}.`);
    case "probe-progress":
      return renderProbeProgressMessage(message.host, [message.step]);
    default:
      return assertNever(message);
  }
}

function simple(block: typeof mrkdwnSection | typeof mrkdwnContext, text: string): SlackMessage {
  return { text: fallbackText(text), blocks: [block(text)] };
}
