import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const hook = join(root, "test/support/process/report-chat-sdk-imports.mjs");

/** The chat SDKs a `node` run of the script resolved, as report-chat-sdk-imports.mjs names them. */
async function chatSdksLoaded(script: string, ...args: string[]) {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--import", hook, script, ...args],
    { cwd: root, env: { PATH: process.env.PATH ?? "" } },
  );
  const sdks = [...stderr.matchAll(/^chat-sdk-import (\S+)$/gm)].map((match) => match[1]);
  return { stdout, sdks: sdks.sort() };
}

describe("the CLI loads a chat SDK only for the platform it serves", () => {
  it("GIVEN `rdp-fix --help` THEN neither @slack/bolt, discord.js nor the Teams SDK is loaded", async () => {
    const { stdout, sdks } = await chatSdksLoaded("bin/cli.ts", "--help");
    expect(stdout).toContain("Usage:");
    expect(sdks).toEqual([]);
  }, 60_000);

  it("GIVEN the bots' own modules THEN the hook sees their SDKs (the check above can fail)", async () => {
    expect((await chatSdksLoaded("adapters/slack/slack-app.ts")).sdks).toEqual(["@slack/bolt"]);
    expect((await chatSdksLoaded("adapters/discord/discord-app.ts")).sdks).toEqual(["discord.js"]);
  }, 60_000);
});
