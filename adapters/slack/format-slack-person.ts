import { escapeMrkdwn } from "./escape-mrkdwn.js";

const userId = /^[UW][A-Z0-9]{2,20}$/;
const mention = /^<(@[UW][A-Z0-9]{2,20}|!subteam\^[A-Z0-9]{2,20})>$/;

/**
 * A person as Slack shows them: a user id (`U123`) or a canonical mention (`<@U123>`, `<!subteam^S123>`, as
 * decodeSlashCommand returns them) becomes a real mention; anything else is shown as escaped text, so a
 * name can never smuggle in `<!channel>`.
 */
export function formatSlackPerson(who: string): string {
  if (userId.test(who)) return `<@${who}>`;
  if (mention.test(who)) return who;
  return escapeMrkdwn(who);
}
