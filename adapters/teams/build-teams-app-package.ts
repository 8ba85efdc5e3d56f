import { colorIcon, outlineIcon } from "./teams-app-icons.js";
import { type TeamsManifestInput, teamsAppManifest } from "./teams-app-manifest.js";
import { writeZip } from "./write-zip.js";

/** The Teams app package an admin uploads: manifest.json and the two icons, in a zip (the same bytes each run). */
export function buildTeamsAppPackage(input: TeamsManifestInput): Buffer {
  return writeZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(teamsAppManifest(input), null, 2)}\n`) },
    { name: "color.png", data: colorIcon() },
    { name: "outline.png", data: outlineIcon() },
  ]);
}
