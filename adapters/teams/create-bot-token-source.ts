import { clientCredentialsToken } from "../../src/runtime/client-credentials-token.js";

/**
 * The bot could not get its own token, so nothing can be posted to Teams: broken setup (wrong secret, wrong
 * tenant, an unreachable TEAMS_TOKEN_URL), never an expected outcome. The message never holds the secret.
 */
export class TeamsTokenError extends Error {
  readonly code = "TEAMS_TOKEN_UNAVAILABLE";
  readonly advice =
    "Check TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID against the app registration (Azure Bot " +
    "or Teams Developer Portal), and that TEAMS_TOKEN_URL is reachable from this host.";

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "TeamsTokenError";
  }
}

/**
 * The bot's outbound token: a client credentials grant against TEAMS_TOKEN_URL for what the Bot Connector
 * accepts, a token for Bot Framework's API (the SDK's MSAL path cannot take another token URL).
 */
export function createBotTokenSource(options: {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  now?: () => number;
}): () => Promise<string> {
  return clientCredentialsToken({
    ...options,
    scope: "https://api.botframework.com/.default",
    unavailable: (message, cause) => new TeamsTokenError(message, { cause }),
  });
}
