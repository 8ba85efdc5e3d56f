import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../adapters/cli/parse-command-line.js";
import { decodeDiscordAction, encodeDiscordAction } from "../../adapters/discord/custom-id-codec.js";
import { decodeDiscordCommand } from "../../adapters/discord/decode-discord-command.js";
import { discordLimits } from "../../adapters/discord/discord-limits.js";
import { escapeDiscordMarkdown } from "../../adapters/discord/escape-discord-markdown.js";
import { decodeSlackAction, encodeSlackAction } from "../../adapters/slack/action-id-codec.js";
import { decodeSlashCommand } from "../../adapters/slack/decode-slash-command.js";
import { escapeMrkdwn } from "../../adapters/slack/escape-mrkdwn.js";
import { quoteInput } from "../../src/errors/quote-input.js";
import { parseProbeTarget } from "../../src/runtime/parse-probe-target.js";

/** A name of exactly `length` characters made of 63-letter labels: valid up to 253. */
const nameOf = (length: number) =>
  `${"a".repeat(63)}.`
    .repeat(5)
    .slice(0, length - 1)
    .concat("b");

/**
 * Hosts every entry point can carry. Not here: a leading `-` (the slash command and the CLI read it as an
 * option and say how to write the command) and white space (both split words there).
 */
const hosts: ReadonlyArray<[host: string, accepted: boolean]> = [
  ["host42", true],
  ["PC_042", true],
  ["rdp-01.corp.example", true],
  ["rdp-01.corp.example.", true],
  ["10.0.0.5", true],
  ["::1", true],
  ["[::1]", true],
  ["2001:db8::7", true],
  ["fe80::1%eth0", true],
  [nameOf(253), true],
  [`${nameOf(253)}.`, true],
  [nameOf(254), false],
  ["bad;host", false],
  ["a..b", false],
  ["host42:3389", false],
  ["[host42]", false],
  ["256.1.1.1", false],
  ["host42/c$", false],
  ["bücher.example", false],
  ["host-.example", false],
];

const ports: ReadonlyArray<[port: string, accepted: boolean]> = [
  ["3389", true],
  ["1", true],
  ["65535", true],
  ["03389", false],
  ["0", false],
  ["65536", false],
  ["3389 ", false],
  ["", false],
  ["-1", false],
  ["3389.0", false],
  ["0xd3d", false],
  ["3e3", false],
];

/** Each entry point's verdict on one host: the host it accepted, or the words it shows (or logs). */
type Verdict = { ok: true; host: string; port?: number } | { ok: false; message: string };

function slashCommand(host: string, port?: string): Verdict {
  const decoded = decodeSlashCommand(port === undefined ? `${host} 0x904` : `${host} -p ${port} 0x904`);
  if (decoded.kind === "start") return { ok: true, host: decoded.host, ...portOf(decoded) };
  return { ok: false, message: decoded.kind === "invalid" ? decoded.message : decoded.kind };
}

function discordCommand(host: string, port?: string): Verdict {
  // Discord sends an integer option as a number; a text that is no number's own spelling can only arrive
  // in a forged string option, which must be refused the same way.
  const portOption =
    port === undefined
      ? []
      : [
          String(Number(port)) === port
            ? { name: "port", type: 4, value: Number(port) }
            : { name: "port", type: 3, value: port },
        ];
  const decoded = decodeDiscordCommand({
    commandName: "rdp-fix",
    options: [{ name: "host", type: 3, value: host }, ...portOption],
  });
  if (decoded.kind === "start") return { ok: true, host: decoded.host, ...portOf(decoded) };
  return { ok: false, message: decoded.kind === "invalid" ? decoded.message : decoded.kind };
}

function cli(host: string, port?: string): Verdict {
  const parsed = parseCommandLine(["probe", host, ...(port === undefined ? [] : [`--port=${port}`])]);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.command.kind !== "probe") throw new Error(`parsed as ${parsed.command.kind}`);
  return { ok: true, host: parsed.command.host, ...portOf(parsed.command) };
}

function slackTriage(host: string): Verdict {
  const { actionId, value } = encodeSlackAction({ kind: "start-from-triage", host }, "");
  const decoded = decodeSlackAction(actionId, value);
  if ("error" in decoded) return { ok: false, message: decoded.error };
  if (decoded.action.kind !== "start-from-triage") throw new Error(`decoded as ${decoded.action.kind}`);
  return { ok: true, host: decoded.action.host };
}

function discordTriage(host: string): Verdict {
  const decoded = decodeDiscordAction(encodeDiscordAction({ kind: "start-from-triage", host }, ""));
  if ("error" in decoded) return { ok: false, message: decoded.error };
  if (decoded.action.kind !== "start-from-triage") throw new Error(`decoded as ${decoded.action.kind}`);
  return { ok: true, host: decoded.action.host };
}

const portOf = (decoded: { port?: number }) => (decoded.port === undefined ? {} : { port: decoded.port });

/** A custom_id holds at most 100 characters, so a long host never gets a Discord triage button. */
const fitsCustomId = (host: string) => `rf:t:${host}`.length <= discordLimits.customId;

describe("every entry point reads a host the same way (parseProbeTarget)", () => {
  it.each(hosts)("GIVEN host %j THEN every entry point says accepted=%s", (host, accepted) => {
    const target = parseProbeTarget({ host });
    expect(target.ok).toBe(accepted);
    const verdicts = {
      slashCommand: slashCommand(host),
      discordCommand: discordCommand(host),
      cli: cli(host),
      slackTriage: slackTriage(host),
      ...(fitsCustomId(host) ? { discordTriage: discordTriage(host) } : {}),
    };
    if (target.ok) {
      for (const verdict of Object.values(verdicts)) expect(verdict).toEqual({ ok: true, host });
      return;
    }
    expect(verdicts).toEqual({
      slashCommand: { ok: false, message: `I cannot use that host: ${escapeMrkdwn(target.problem)}.` },
      discordCommand: {
        ok: false,
        message: `I cannot use that host: ${escapeDiscordMarkdown(target.problem)}.`,
      },
      cli: { ok: false, message: `bad host ${quoteInput(host)}: ${target.problem}` },
      slackTriage: { ok: false, message: `the triage button carries no usable host: ${target.problem}` },
      ...(fitsCustomId(host)
        ? {
            discordTriage: {
              ok: false,
              message: `the triage button carries no usable host: ${target.problem}`,
            },
          }
        : {}),
    });
  });
});

describe("every entry point that takes a port reads it the same way (parseProbeTarget)", () => {
  it.each(ports)("GIVEN port %j THEN every entry point says accepted=%s", (port, accepted) => {
    const target = parseProbeTarget({ host: "host42", port });
    expect(target.ok).toBe(accepted);
    // A slash command is split at white space, so "3389 " there is "3389" followed by the symptom.
    const verdicts = {
      ...(/\s/.test(port) ? {} : { slashCommand: slashCommand("host42", port) }),
      discordCommand: discordCommand("host42", port),
      cli: cli("host42", port),
    };
    if (target.ok) {
      for (const verdict of Object.values(verdicts))
        expect(verdict).toEqual({ ok: true, host: "host42", port: Number(port) });
      return;
    }
    expect(verdicts).toEqual({
      ...(/\s/.test(port)
        ? {}
        : {
            slashCommand: {
              ok: false,
              message: `I cannot use that port: ${escapeMrkdwn(target.problem)}. E.g. \`/rdp-fix host42 -p 3390\`.`,
            },
          }),
      discordCommand: {
        ok: false,
        message: `I cannot use that port: ${escapeDiscordMarkdown(target.problem)}. E.g. \`/rdp-fix host:host42 port:3390\`.`,
      },
      cli: { ok: false, message: `--port "${port}": ${target.problem}` },
    });
  });
});
