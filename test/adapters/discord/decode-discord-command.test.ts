import { describe, expect, it } from "vitest";
import { decodeDiscordCommand } from "../../../adapters/discord/decode-discord-command.js";
import { discordLimits } from "../../../adapters/discord/discord-limits.js";
import {
  discordCommandDefinitions,
  discordCommands,
  writeDiscordCommand,
} from "../../../adapters/discord/rdp-fix-command-definition.js";

/** The commands as they were written by hand before the catalogue (rdp-fix-command-definition.ts, then). */
const hostOption = (description: string) => ({
  type: 3,
  name: "host",
  description,
  required: true,
  max_length: 253,
});
const portOption = {
  type: 4,
  name: "port",
  description: "The RDP port, if not 3389",
  required: false,
  min_value: 1,
  max_value: 65535,
};
const registeredBeforeTheCatalogue = [
  {
    name: "rdp-fix",
    type: 1,
    description: "Find out why Remote Desktop cannot connect to a host (0x904 / extended 0x7 and family)",
    options: [
      hostOption("The computer people cannot reach: a name or an IP address"),
      {
        type: 3,
        name: "details",
        description: "What the user saw, e.g. the error code and since when",
        required: false,
        max_length: 1000,
      },
      portOption,
    ],
  },
  {
    name: "rdp-fix-handoff",
    type: 1,
    description: "Post the whole diagnosis in this channel for whoever takes over",
    options: [{ type: 6, name: "to", description: "Who takes over (optional)", required: false }],
  },
  {
    name: "rdp-fix-watch",
    type: 1,
    description: "Warn in a thread before a host's RDP certificate expires and when what it offers changes",
    options: [
      hostOption("The computer to watch: a name or an IP address"),
      {
        type: 3,
        name: "every",
        description: "How often to check, e.g. 30m, 6h, 1d (default 6h)",
        required: false,
        max_length: 10,
      },
      portOption,
    ],
  },
  { name: "rdp-fix-watch-list", type: 1, description: "What is watched, how often, and when last checked" },
  {
    name: "rdp-fix-unwatch",
    type: 1,
    description: "Stop watching a host",
    options: [hostOption("The watched computer"), portOption],
  },
];

const host = (value: unknown) => ({ name: "host", type: 3, value });
const start = (...options: Array<{ name: string; type: number; value?: unknown }>) =>
  decodeDiscordCommand({ commandName: "rdp-fix", options });
const handoff = (...options: Array<{ name: string; type: number; value?: unknown }>) =>
  decodeDiscordCommand({ commandName: "rdp-fix-handoff", options });

describe("decodeDiscordCommand", () => {
  it("GIVEN /rdp-fix host:host42 THEN it starts a diagnosis with no symptom", () => {
    expect(start(host("host42"))).toEqual({ kind: "start", host: "host42", text: "" });
  });

  it("GIVEN a host, details and a port THEN all three are read, trimmed", () => {
    expect(
      start(
        host(" 10.0.0.5 "),
        { name: "details", type: 3, value: " 0x904 since monday " },
        { name: "port", type: 4, value: 3390 },
      ),
    ).toEqual({ kind: "start", host: "10.0.0.5", port: 3390, text: "0x904 since monday" });
  });

  it("GIVEN an IPv6 literal THEN it is a host like any other", () => {
    expect(start(host("2001:db8::7"))).toEqual({ kind: "start", host: "2001:db8::7", text: "" });
  });

  it.each([
    [[], /Name the host/],
    [[host("")], /Name the host/],
    [[host(42)], /Name the host/],
    [[host("a".repeat(254))], /longer than 253/],
    [[host("two words")], /^I cannot use that host: the host name contains white space\.$/],
    [[host("<@&123>")], /^I cannot use that host: give only the host name, without user@\.$/],
    [[host("@everyone")], /^I cannot use that host: give only the host name, without user@\.$/],
    [[host("-p")], /^I cannot use that host: "-p" is not a valid host name/],
    [[host("host42"), { name: "port", type: 4, value: 0 }], /port must be/],
    [[host("host42"), { name: "port", type: 4, value: 65536 }], /port must be/],
    [[host("host42"), { name: "port", type: 4, value: 33.5 }], /port must be/],
    [[host("host42"), { name: "port", type: 3, value: "3390" }], /port must be/],
    [[host("host42"), { name: "details", type: 3, value: "x".repeat(1001) }], /under 1000/],
    [[host("host42"), { name: "details", type: 4, value: 42 }], /under 1000/],
    [[host("host42"), { name: "teleport", type: 3, value: "x" }], /no option `teleport`/],
  ])("GIVEN options %j THEN it is invalid with a message that says what to do", (options, message) => {
    expect(start(...options)).toEqual({ kind: "invalid", message: expect.stringMatching(message) });
  });

  it("GIVEN /rdp-fix-handoff with and without a person THEN it hands off, to the user's id", () => {
    expect(handoff()).toEqual({ kind: "handoff" });
    expect(handoff({ name: "to", type: 6, value: "222222222222222222" })).toEqual({
      kind: "handoff",
      to: "222222222222222222",
    });
  });

  it.each([
    [{ name: "to", type: 6, value: "@everyone" }],
    [{ name: "to", type: 3, value: "222222222222222222" }],
  ])("GIVEN handoff option %j THEN it is invalid", (option) => {
    expect(handoff(option)).toEqual({ kind: "invalid", message: expect.stringMatching(/one person/) });
  });

  it.each(["other", "toString", "__proto__"])(
    "GIVEN a command named %j THEN it is invalid, never a crash",
    (name) => {
      expect(decodeDiscordCommand({ commandName: name, options: [] })).toEqual({
        kind: "invalid",
        message: expect.any(String),
      });
    },
  );

  it("GIVEN the catalogue THEN the definitions derived from it are exactly the ones registered before it", () => {
    expect(discordCommandDefinitions).toStrictEqual(registeredBeforeTheCatalogue);
  });

  it("GIVEN the registered definitions THEN their names, descriptions and options are within Discord's rules", () => {
    for (const command of discordCommandDefinitions) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(discordLimits.commandDescription);
      expect(command.options?.length ?? 0).toBeLessThanOrEqual(discordLimits.commandOptions);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeLessThanOrEqual(discordLimits.commandDescription);
      }
    }
  });

  it("GIVEN every registered command with the catalogue's example values THEN it decodes as that command", () => {
    const values = { port: 3390, to: "222222222222222222" } as Record<string, unknown>;
    discordCommands.forEach((command, i) => {
      const definition = discordCommandDefinitions[i];
      const options = (definition?.options ?? []).map((o) => ({
        name: o.name,
        type: o.type,
        value: values[o.name] ?? command.options.find((c) => c.name === o.name)?.example,
      }));
      expect(decodeDiscordCommand({ commandName: definition?.name ?? "", options }).kind).toBe(command.name);
    });
  });

  it("GIVEN a command and values THEN it is written as people type it in Discord", () => {
    expect(writeDiscordCommand("start", { host: "host42", port: "3390" })).toBe(
      "/rdp-fix host:host42 port:3390",
    );
    expect(writeDiscordCommand("watch-list", {})).toBe("/rdp-fix-watch-list");
    expect(writeDiscordCommand("handoff", { to: "@oncall" })).toBe("/rdp-fix-handoff to:@oncall");
  });

  it("GIVEN the watch commands THEN host, port and interval are read like a typed watch, and bad ones refused", () => {
    const command = (
      commandName: string,
      ...options: Array<{ name: string; type: number; value?: unknown }>
    ) => decodeDiscordCommand({ commandName, options });
    const every = (value: unknown) => ({ name: "every", type: 3, value });
    const port = (value: unknown) => ({ name: "port", type: 4, value });
    expect(command("rdp-fix-watch", host("HOST42"), every("6h"))).toEqual({
      kind: "watch",
      host: "host42",
      everyMs: 21_600_000,
    });
    expect(command("rdp-fix-watch", host("10.0.0.5"), port(3390))).toEqual({
      kind: "watch",
      host: "10.0.0.5",
      port: 3390,
    });
    expect(command("rdp-fix-watch-list")).toEqual({ kind: "watch-list" });
    expect(command("rdp-fix-unwatch", host("host42"))).toEqual({ kind: "unwatch", host: "host42" });
    expect(command("rdp-fix-watch", host("host42"), every("soon"))).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("`/rdp-fix-watch host:host42 every:6h`"),
    });
    expect(command("rdp-fix-watch", host(" "))).toMatchObject({
      kind: "invalid",
      message: "Name the host to watch: `/rdp-fix-watch host:host42 every:6h` (or `/rdp-fix-watch-list`).",
    });
    expect(command("rdp-fix-unwatch", host("host42"), port(0))).toMatchObject({ kind: "invalid" });
    expect(command("rdp-fix-watch-list", host("host42"))).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("has no option"),
    });
  });
});
