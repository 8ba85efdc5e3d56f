import { buildTeamsAppPackage } from "./build-teams-app-package.js";

export type TeamsPackageResult = { ok: true; zip: Buffer } | { ok: false; problems: string[] };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The app package for the bot configured in the environment: TEAMS_CLIENT_ID (the bot, and the app's id) and
 * TEAMS_APP_WEBSITE_URL (Teams requires a website, privacy and terms link; all three point there). Every
 * problem is named at once, values never repeated.
 */
export function teamsPackageFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): TeamsPackageResult {
  const clientId = env.TEAMS_CLIENT_ID?.trim() ?? "";
  const websiteUrl = env.TEAMS_APP_WEBSITE_URL?.trim() ?? "";
  const problems = [
    ...(guid.test(clientId) ? [] : ["TEAMS_CLIENT_ID must be the bot's app (client) id, a GUID."]),
    ...(/^https:\/\/[^\s]+$/.test(websiteUrl) && URL.canParse(websiteUrl)
      ? []
      : ["TEAMS_APP_WEBSITE_URL must be an https URL where people learn about this bot (Teams shows it)."]),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, zip: buildTeamsAppPackage({ clientId, version, websiteUrl }) };
}
