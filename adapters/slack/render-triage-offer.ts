import type { RdpFailureReport } from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { actionsBlocks, fallbackText, mrkdwnContext, mrkdwnSection } from "./slack-blocks.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * The one threaded offer triage makes under a message that reads like an RDP failure: a button when the
 * message names a usable host, otherwise how to ask.
 */
export function renderTriageOffer(
  report: RdpFailureReport,
  host: string | undefined,
  botUserId: string,
): SlackMessage {
  const intro =
    "This looks like a Remote Desktop connection failure. I can find out why: I ask a few questions and, with your OK, probe the host.";
  if (host === undefined) {
    const how = `Tell me the host: mention <@${botUserId}> with it (<@${botUserId}> host42) or run \`/rdp-fix host42\`.`;
    return { text: fallbackText(intro), blocks: [mrkdwnSection(intro), mrkdwnContext(how)] };
  }
  const button = actionButton(`Diagnose ${host}`, { kind: "start-from-triage", host }, "", "primary");
  return {
    text: fallbackText(`${intro} Diagnose ${host}?`),
    blocks: [
      mrkdwnSection(intro),
      ...actionsBlocks([button]),
      mrkdwnContext(`Matched: ${escapeMrkdwn(report.matched.slice(0, 3).join(", "))}`),
    ],
  };
}
