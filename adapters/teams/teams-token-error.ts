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
