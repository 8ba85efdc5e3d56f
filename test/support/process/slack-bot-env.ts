import { fencedBotEnv } from "./fenced-bot-env.js";

/** A signing secret `rdp-fix serve` accepts (hex only), shared by the bot process and the signed requests. */
export const processSigningSecret = "0123456789abcdef0123456789abcdef";

/** The environment of a Slack bot process for tests, against the fake Web API. */
export function slackBotEnv(options: Parameters<typeof fencedBotEnv>[0] & { apiUrl: string }) {
  return {
    SLACK_BOT_TOKEN: "xoxb-1-2-restart",
    SLACK_SIGNING_SECRET: processSigningSecret,
    SLACK_API_URL: options.apiUrl,
    ...fencedBotEnv(options),
  };
}
