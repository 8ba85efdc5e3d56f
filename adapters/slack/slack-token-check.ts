import { checked } from "../../src/runtime/config-checks.js";

/** Slack tokens say what they are in their prefix, so a token pasted into the wrong variable gets a hint. */
const slackTokenKinds: Readonly<Record<string, string>> = {
  "xoxb-": "the bot token, which belongs in SLACK_BOT_TOKEN",
  "xapp-": "an app-level token, which belongs in SLACK_APP_TOKEN",
  "xoxp-": "a user token, which the bot must not use",
  xoxe: "a refresh or configuration token, which the bot does not use",
};

/** A Slack token variable: its prefix, no quotes, no stray characters; the problem never quotes the value. */
export function slackTokenCheck(name: string, prefix: string, source: string) {
  return checked((value) => {
    if (/^["']/.test(value)) return `${name} starts with a quote: remove the quotes around the token`;
    if (!value.startsWith(prefix)) {
      const kind = Object.entries(slackTokenKinds).find(([other]) => value.startsWith(other));
      return `${name} must start with ${prefix} (${source})${kind ? `; it holds ${kind[1]}` : ""}`;
    }
    if (!/^[A-Za-z0-9-]+$/.test(value))
      return `${name} contains characters no Slack token has: paste ${source}`;
    return undefined;
  });
}
