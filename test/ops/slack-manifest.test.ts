import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Manifest {
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; usage_hint: string; should_escape: boolean }[];
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[]; user_events?: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(join(import.meta.dirname, "..", "..", "slack-app-manifest.yml"), "utf8"),
) as Manifest;
// Bolt's HTTPReceiver serves commands, events and interactions on one endpoint by default.
const endpoint = "https://YOUR-HOST/slack/events";

describe("slack-app-manifest.yml", () => {
  it("GIVEN the bot scopes THEN they are exactly what the bot uses, nothing more", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        "app_mentions:read",
        "channels:history",
        "chat:write",
        "commands",
        "groups:history",
        // Only read for RDP_FIX_PROBE_SLACK_USERGROUPS (usergroups.users.list in usergroup-members.ts).
        "usergroups:read",
      ].sort(),
    );
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it("GIVEN the event subscriptions THEN exactly mentions and messages in public and private channels", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ["app_mention", "message.channels", "message.groups"].sort(),
    );
    expect(manifest.settings.event_subscriptions.user_events).toBeUndefined();
  });

  it("GIVEN each event's scope THEN the manifest grants it (an event without its scope is never delivered)", () => {
    const scopeFor: Record<string, string> = {
      app_mention: "app_mentions:read",
      "message.channels": "channels:history",
      "message.groups": "groups:history",
    };
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(manifest.oauth_config.scopes.bot).toContain(scopeFor[event]);
    }
  });

  it("GIVEN the slash command THEN /rdp-fix with its usage hint, escaped so a handoff gets a user id", () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({
        command: "/rdp-fix",
        url: endpoint,
        usage_hint: "host [details] | handoff [@person]",
        should_escape: true,
      }),
    ]);
  });

  it("GIVEN HTTP mode THEN events and interactivity go to the same endpoint, and Socket Mode is off", () => {
    expect(manifest.settings.event_subscriptions.request_url).toBe(endpoint);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: endpoint });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.bot_user.display_name).toBe("rdp-fix");
  });
});
