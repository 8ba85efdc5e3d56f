import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { teamsPackageFromEnv } from "../../../adapters/teams/teams-package-from-env.js";
import { loadFlowFile } from "../../support/engine-conversation.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";

const dir = mkdtempSync(join(tmpdir(), "rdp-fix-teams-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const flow = loadFlowFile("test/fixtures/flows/minimal.yaml");
const depsWith = (env: Record<string, string>) => ({
  version: "9.9.9",
  defaultFlowDir: dir,
  loadFlow: async () => flow,
  teamsAppPackage: () => teamsPackageFromEnv(env, "9.9.9"),
});
const ready = {
  TEAMS_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
  TEAMS_APP_WEBSITE_URL: "https://it.example.com/rdp",
};

describe("rdp-fix teams package", () => {
  it("GIVEN the bot's client id and a website THEN it writes the package where --out says, and exits 0", async () => {
    const term = scriptedTerminal();
    const out = join(dir, "custom.zip");
    expect(await runCli(["teams", "package", "--out", out], term.io, depsWith(ready))).toBe(0);
    expect(term.stdout).toContain(`Wrote ${out}`);
    const manifest = JSON.parse(execFileSync("unzip", ["-p", out, "manifest.json"]).toString("utf8"));
    expect(manifest).toMatchObject({ id: ready.TEAMS_CLIENT_ID, version: "9.9.9" });
  });

  it("GIVEN neither variable THEN it exits 2 naming both, and writes nothing", async () => {
    const term = scriptedTerminal();
    const out = join(dir, "never.zip");
    expect(await runCli(["teams", "package", "-o", out], term.io, depsWith({}))).toBe(2);
    expect(term.stderr).toContain("TEAMS_CLIENT_ID must be");
    expect(term.stderr).toContain("TEAMS_APP_WEBSITE_URL must be");
    expect(existsSync(out)).toBe(false);
  });

  it("GIVEN another teams subcommand THEN it exits 2 with the usage", async () => {
    const term = scriptedTerminal();
    expect(await runCli(["teams", "deploy"], term.io, depsWith(ready))).toBe(2);
    expect(term.stderr).toContain("use: rdp-fix teams package [--out FILE]");
  });
});
