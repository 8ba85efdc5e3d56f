import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { shippedFile } from "../../src/server-report/shipped-file.js";
import { type TeamsManifestInput, teamsAppManifest } from "./teams-app-manifest.js";

/** A fixed date on every entry, so the package is the same bytes each run. */
const mtime = new Date("2025-01-01T00:00:00Z");
const icon = (name: string) => new Uint8Array(readFileSync(shippedFile("assets", "teams", name)));

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
