import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { shippedFile } from "../../src/server-report/shipped-file.js";
import { type TeamsManifestInput, teamsAppManifest } from "./teams-app-manifest.js";

/** A fixed date on every entry, so the package is the same bytes each run. */
const mtime = new Date("2025-01-01T00:00:00Z");
const icon = (name: string) => new Uint8Array(readFileSync(shippedFile("assets", "teams", name)));
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Teams app package an admin uploads: manifest.json and the two icons (assets/teams: color.png 192x192,
 * outline.png 32x32 white on transparent, as Teams requires), in a zip.
 */
export function buildTeamsAppPackage(input: TeamsManifestInput): Buffer {
  const manifest = new TextEncoder().encode(`${JSON.stringify(teamsAppManifest(input), null, 2)}\n`);
  const files = {
    "manifest.json": manifest,
    "color.png": icon("color.png"),
    "outline.png": icon("outline.png"),
  };
  return Buffer.from(zipSync(files, { mtime }));
}

/**
 * The app package for the bot configured in the environment: TEAMS_CLIENT_ID (the bot, and the app's id) and
 * TEAMS_APP_WEBSITE_URL (Teams requires a website, privacy and terms link; all three point there). Every
 * problem is named at once, values never repeated.
 */
export function teamsPackageFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): { ok: true; zip: Buffer } | { ok: false; problems: string[] } {
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
