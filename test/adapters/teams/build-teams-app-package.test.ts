import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { teamsAppManifest } from "../../../adapters/teams/teams-app-manifest.js";
import { buildTeamsAppPackage } from "../../../adapters/teams/teams-package-from-env.js";
import { teamsIds } from "../../support/teams/teams-activities.js";
import { validateTeamsManifest } from "../../support/teams/validate-teams-manifest.js";

const input = { clientId: teamsIds.clientId, version: "0.1.0", websiteUrl: "https://it.example.com/rdp-fix" };
const dir = mkdtempSync(join(tmpdir(), "rdp-fix-teams-package-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Debian's unzip (scripts/install-system-deps.sh) reads the archive: an implementation that is not ours.
const zipPath = join(dir, "rdp-fix-teams.zip");
writeFileSync(zipPath, buildTeamsAppPackage(input));
const unzip = (...args: string[]) => execFileSync("unzip", args, { maxBuffer: 1 << 20 });

/** Width, height, bit depth and colour type from a PNG's IHDR. */
function pngHeader(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colourType: png[25] };
}

describe("rdp-fix teams package: the Teams app package", () => {
  it("GIVEN the package THEN unzip finds manifest.json and the two icons, every CRC intact", () => {
    expect(unzip("-Z1", zipPath).toString().trim().split("\n")).toEqual([
      "manifest.json",
      "color.png",
      "outline.png",
    ]);
    expect(unzip("-t", zipPath).toString()).toContain("No errors detected");
  });

  it("GIVEN its manifest THEN it is valid against the official v1.25 manifest JSON Schema", () => {
    const manifest: unknown = JSON.parse(unzip("-p", zipPath, "manifest.json").toString("utf8"));
    expect(validateTeamsManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      manifestVersion: "1.25",
      id: teamsIds.clientId,
      bots: [{ botId: teamsIds.clientId, scopes: ["personal", "team", "groupChat"] }],
      authorization: {
        permissions: { resourceSpecific: [{ name: "ChannelMessage.Read.Group", type: "Application" }] },
      },
    });
  });

  it("GIVEN the command menu THEN it offers every command of the catalogue, typed as after the mention, within the menu's limits", () => {
    const [bot] = teamsAppManifest(input).bots;
    const titles = (scope: string) =>
      bot?.commandLists.find((list) => list.scopes.includes(scope))?.commands.map((c) => c.title);
    const everyCommand = ["diagnose", "handoff", "watch", "watch list", "unwatch", "help"];
    expect(titles("team")).toEqual(everyCommand);
    expect(titles("groupChat")).toEqual(everyCommand);
    // A hand-over needs someone else in the conversation: not offered in a chat with the bot alone.
    expect(titles("personal")).toEqual(everyCommand.filter((title) => title !== "handoff"));
    const commands = bot?.commandLists.flatMap((list) => list.commands) ?? [];
    expect(commands.find((c) => c.title === "watch")?.description).toMatch(/^watch host42 every 6h: Warn/);
    expect(commands.find((c) => c.title === "diagnose")?.description).toMatch(
      /^diagnose host42 what you see: /,
    );
    // The stricter bounds of earlier manifest versions and the menu's documentation: 10 commands, 32 / 128.
    for (const list of bot?.commandLists ?? []) expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const { title, description } of commands) {
      expect(title.length).toBeLessThanOrEqual(32);
      expect(description.length).toBeLessThanOrEqual(128);
    }
  });

  it("GIVEN a manifest that breaks the schema THEN the validator says where (it is not a rubber stamp)", () => {
    const broken = {
      ...teamsAppManifest(input),
      accentColor: "blue",
      bots: [{ botId: "not-a-guid", scopes: ["everywhere"] }],
    };
    expect(validateTeamsManifest(broken).join("\n")).toMatch(/\/accentColor[\s\S]*\/bots\/0/);
  });

  it("GIVEN the icons THEN color.png is 192x192 and outline.png 32x32, RGBA, the outline white on transparent", () => {
    expect(pngHeader(unzip("-p", zipPath, "color.png"))).toEqual({
      width: 192,
      height: 192,
      depth: 8,
      colourType: 6,
    });
    expect(pngHeader(unzip("-p", zipPath, "outline.png"))).toEqual({
      width: 32,
      height: 32,
      depth: 8,
      colourType: 6,
    });
  });

  it("GIVEN the same input twice THEN the same bytes (a package can be rebuilt and compared)", () => {
    expect(buildTeamsAppPackage(input).equals(buildTeamsAppPackage(input))).toBe(true);
  });
});
