import { presentTriageOffer } from "../../src/chat/document/present-triage-offer.js";
import type { RdpFailureReport } from "../../src/engine/index.js";
import { documentToSlack } from "./document-to-slack.js";
import { slackPresenter } from "./render-slack-message.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * The one threaded offer triage makes under a message that reads like an RDP failure, worded by the shared
 * presenter with Slack's command. It is a few lines: always one message. `_botUserId` is what slack-app.ts
 * still passes (the old offer named the bot); the shared wording says "run the command" instead.
 */
export function renderTriageOffer(
  report: RdpFailureReport,
  host: string | undefined,
  _botUserId?: string,
): SlackMessage {
  return documentToSlack(presentTriageOffer(report.matched, host, slackPresenter), undefined);
}
