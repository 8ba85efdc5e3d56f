import { describe, expect, it } from "vitest";
import { discordConfigSection } from "../../adapters/discord/discord-config.js";
import { slackConfigSection } from "../../adapters/slack/slack-config.js";
import { teamsConfigSection } from "../../adapters/teams/read-teams-config.js";
import { type CompanionRule, companionProblems } from "../../src/runtime/companion-rules.js";
import type { ConfigSection } from "../../src/runtime/config-section.js";

function problems(section: ConfigSection<unknown>, env: Record<string, string>): readonly string[] {
  const read = section.read(env);
  return read.ok ? [] : read.problems;
}

const rules: readonly CompanionRule[] = [
  { owner: "TOKEN", orphans: ["URL", "CHANNELS", "SWITCH"], feature: "the bot" },
  { when: [{ unset: "ID" }], problem: "TOKEN needs ID" },
  { when: [{ on: "SWITCH" }, { unset: "CHANNELS" }], problem: "SWITCH needs CHANNELS" },
  { when: [{ off: "SWITCH" }, { set: "CHANNELS" }], problem: "CHANNELS need SWITCH" },
  { when: [{ anySet: ["URL", "CHANNELS"] }, { unset: "NAME" }], problem: "NAME must be set" },
];

describe("companionProblems", () => {
  it("GIVEN the owner unset THEN only the orphans are named, one or many, and defaults count as unset", () => {
    expect(companionProblems(rules, { URL: "u", CHANNELS: [], SWITCH: false })).toEqual([
      "URL is set but TOKEN is not: set TOKEN to run the bot, or unset it",
    ]);
    expect(companionProblems(rules, { URL: "u", SWITCH: true })).toEqual([
      "URL, SWITCH are set but TOKEN is not: set TOKEN to run the bot, or unset them",
    ]);
    expect(companionProblems(rules, { CHANNELS: [] })).toEqual([]);
  });

  it("GIVEN the owner set THEN every rule whose conditions all hold reports, in table order", () => {
    expect(companionProblems(rules, { TOKEN: "t", SWITCH: true, URL: "u" })).toEqual([
      "TOKEN needs ID",
      "SWITCH needs CHANNELS",
      "NAME must be set",
    ]);
    expect(companionProblems(rules, { TOKEN: "t", ID: "i", CHANNELS: ["c"], NAME: "n" })).toEqual([
      "CHANNELS need SWITCH",
    ]);
  });

  it("GIVEN a switch whose value failed its own check (text, not true) THEN it is off, though set", () => {
    expect(companionProblems(rules, { TOKEN: "t", ID: "i", SWITCH: "yes", CHANNELS: ["c"] })).toEqual([
      "CHANNELS need SWITCH",
      "NAME must be set",
    ]);
  });
});

describe("each platform's companion rules, word for word", () => {
  it("Slack: orphans while the bot token is unset; a bot token with no way to receive events", () => {
    expect(
      problems(slackConfigSection, { SLACK_APP_TOKEN: "xapp-1", RDP_FIX_TRIAGE_CHANNELS: "C0123ABCD1" }),
    ).toEqual([
      "SLACK_APP_TOKEN, RDP_FIX_TRIAGE_CHANNELS are set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN to run the Slack bot, or unset them",
    ]);
    expect(problems(slackConfigSection, { RDP_FIX_PROBE_SLACK_CHANNELS: "C0123ABCD1" })).toEqual([]);
    expect(problems(slackConfigSection, { SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      "SLACK_BOT_TOKEN is set but Slack has no way to deliver events: set SLACK_SIGNING_SECRET (Basic " +
        "Information > App Credentials) for HTTP mode, or SLACK_APP_TOKEN (xapp-) for Socket Mode",
    ]);
    expect(problems(slackConfigSection, { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })).toEqual(
      [],
    );
  });

  it("Discord: the application id, and the triage switch and its channels going together", () => {
    const token = "aaaa.bbbb.cccc";
    const channel = "1012345678901234567";
    expect(problems(discordConfigSection, { RDP_FIX_DISCORD_TRIAGE: "1" })).toEqual([
      "RDP_FIX_DISCORD_TRIAGE is set but DISCORD_TOKEN is not: set DISCORD_TOKEN to run the Discord bot, or unset it",
    ]);
    expect(problems(discordConfigSection, { DISCORD_TOKEN: token, RDP_FIX_DISCORD_TRIAGE: "1" })).toEqual([
      "DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: copy the Application ID from the Developer " +
        "Portal > your application > General Information",
      "RDP_FIX_DISCORD_TRIAGE=1 needs RDP_FIX_DISCORD_TRIAGE_CHANNELS: list the channel ids to watch (in " +
        "Discord, User Settings > Advanced > Developer Mode, then right-click > Copy ID)",
    ]);
    const withId = { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: channel };
    expect(
      problems(discordConfigSection, {
        ...withId,
        RDP_FIX_DISCORD_TRIAGE: "yes",
        RDP_FIX_DISCORD_TRIAGE_CHANNELS: channel,
      }),
    ).toEqual([
      "RDP_FIX_DISCORD_TRIAGE must be 1 (on) or 0 (off)",
      "RDP_FIX_DISCORD_TRIAGE_CHANNELS is set but RDP_FIX_DISCORD_TRIAGE is not 1: set RDP_FIX_DISCORD_TRIAGE=1 " +
        "(and turn on the Message Content intent in the Developer Portal > Bot) or unset the channels",
    ]);
    expect(problems(discordConfigSection, { ...withId, RDP_FIX_DISCORD_TRIAGE: "yes" })).toEqual([
      "RDP_FIX_DISCORD_TRIAGE must be 1 (on) or 0 (off)",
    ]);
  });

  it("Teams: any variable but the metadata URL asks for all three app variables", () => {
    const metadata = "https://login.example.test/v1/.well-known/openidconfiguration";
    expect(problems(teamsConfigSection, { TEAMS_OPENID_METADATA_URL: metadata })).toEqual([]);
    expect(problems(teamsConfigSection, { RDP_FIX_PROBE_TEAMS_USERS: "not-a-guid" })).toEqual([
      'RDP_FIX_PROBE_TEAMS_USERS has entries that are not AAD object ids (GUIDs): "not-a-guid"',
      "TEAMS_CLIENT_ID must be set for Microsoft Teams",
      "TEAMS_CLIENT_SECRET must be set for Microsoft Teams",
      "TEAMS_TENANT_ID must be set for Microsoft Teams",
    ]);
    expect(problems(teamsConfigSection, { TEAMS_CLIENT_SECRET: "s" })).toEqual([
      "TEAMS_CLIENT_ID must be set for Microsoft Teams",
      "TEAMS_TENANT_ID must be set for Microsoft Teams",
    ]);
  });
});
