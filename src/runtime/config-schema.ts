import type { LevelWithSilent } from "pino";
import { z } from "zod";
import type { ProbePolicy } from "../probes/probe-policy.js";
import { defaultProbeBudgetMs } from "../probes/run-probes.js";

export type LogLevel = LevelWithSilent;

interface SlackCommon {
  botToken: string;
  /** The HTTP port: Slack's requests in HTTP mode, /healthz in both modes. */
  port: number;
  /** Web API base for Bolt's `clientOptions.slackApiUrl`, always ending in "/" (e.g. https://slack.com/api/). */
  apiUrl?: string;
}

export type SlackConfig =
  | (SlackCommon & { mode: "http"; signingSecret: string })
  | (SlackCommon & { mode: "socket"; appToken: string });

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base for discord.js's `rest.api`, without a trailing "/" (e.g. https://discord.com/api). */
  apiUrl?: string;
}

export interface TriageConfig {
  /** Slack channels where the bot reads messages and offers help unasked; empty means nowhere. */
  slackChannels: readonly string[];
  /** Discord triage needs the privileged Message Content intent, hence its own switch. */
  discordEnabled: boolean;
  discordChannels: readonly string[];
}

export interface Config {
  /** PORT: where GET /healthz answers (with Slack, on the same server as Slack's requests). */
  healthPort: number;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  triage: TriageConfig;
  logLevel: LogLevel;
  probeBudgetMs: number;
  policy: ProbePolicy;
}

const logLevels = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
] as const satisfies LogLevel[];

/** One check, one sentence: each variable gets a single problem that names it and never quotes its value. */
function checked(problemOf: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Slack tokens say what they are in their prefix, so a token pasted into the wrong variable gets a hint. */
const slackTokenKinds: Readonly<Record<string, string>> = {
  "xoxb-": "the bot token, which belongs in SLACK_BOT_TOKEN",
  "xapp-": "an app-level token, which belongs in SLACK_APP_TOKEN",
  "xoxp-": "a user token, which the bot must not use",
  xoxe: "a refresh or configuration token, which the bot does not use",
};

function slackToken(name: string, prefix: string, source: string) {
  return checked((value) => {
    if (/^["']/.test(value)) return `${name} starts with a quote: remove the quotes around the token`;
    if (!value.startsWith(prefix)) {
      const kind = Object.entries(slackTokenKinds).find(([other]) => value.startsWith(other));
      return `${name} must start with ${prefix} (${source})${kind ? `; it holds ${kind[1]}` : ""}`;
    }
    if (!/^[A-Za-z0-9-]+$/.test(value))
      return `${name} contains characters no Slack token has: paste ${source}`;
    return undefined;
  });
}

function httpUrl(name: string, example: string) {
  return z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL such as ${example}` });
}

function wholeNumber(name: string, min: number, max: number) {
  const problem = `${name} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^[1-9]\d*$/, problem)
    .transform(Number)
    .pipe(z.number().min(min, problem).max(max, problem));
}

/** Comma-separated ids; the entries are names of channels, not secrets, so the problem may quote them. */
function idList(name: string, pattern: RegExp, advice: string) {
  const entries = (text: string) =>
    [...new Set(text.split(",").map((entry) => entry.trim()))].filter(Boolean);
  return checked((text) => {
    const bad = entries(text).filter((entry) => !pattern.test(entry));
    if (bad.length === 0) return undefined;
    return `${name} has entries that are not ${advice}: ${bad.map((entry) => JSON.stringify(entry.slice(0, 40))).join(", ")}`;
  }).transform(entries);
}

export const discordIdAdvice =
  "in Discord, User Settings > Advanced > Developer Mode, then right-click > Copy ID";

const variables = z.object({
  SLACK_BOT_TOKEN: slackToken(
    "SLACK_BOT_TOKEN",
    "xoxb-",
    "the Bot User OAuth Token from OAuth & Permissions",
  ).optional(),
  SLACK_SIGNING_SECRET: checked((value) =>
    /^[0-9a-f]+$/i.test(value)
      ? undefined
      : "SLACK_SIGNING_SECRET must be the Signing Secret from Basic Information > App Credentials: " +
        "hex digits only (not the Verification Token; no quotes or spaces)",
  ).optional(),
  SLACK_APP_TOKEN: slackToken(
    "SLACK_APP_TOKEN",
    "xapp-",
    "an app-level token with the connections:write scope, from Basic Information > App-Level Tokens",
  ).optional(),
  // The Web API client appends the method name to this base, so it must end in "/".
  SLACK_API_URL: httpUrl("SLACK_API_URL", "https://slack.com/api/")
    .transform((url) => (url.endsWith("/") ? url : `${url}/`))
    .optional(),
  PORT: wholeNumber("PORT", 1, 65_535).default(3000),
  RDP_FIX_TRIAGE_CHANNELS: idList(
    "RDP_FIX_TRIAGE_CHANNELS",
    /^[CG][A-Z0-9]{8,}$/,
    "Slack channel ids like C0123ABCD (channel name > About > Channel ID; names do not work)",
  ).default([]),
  DISCORD_TOKEN: checked((value) => {
    if (/^bot\s/i.test(value)) return "DISCORD_TOKEN must be the token alone, without the 'Bot ' prefix";
    return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)
      ? undefined
      : "DISCORD_TOKEN must be the bot token from the Developer Portal > your application > Bot > Reset Token " +
          "(three parts separated by dots; not the Client Secret or Public Key)";
  }).optional(),
  DISCORD_APPLICATION_ID: checked((value) =>
    /^\d{17,20}$/.test(value)
      ? undefined
      : "DISCORD_APPLICATION_ID must be the Application ID (17 to 20 digits) from the Developer Portal > " +
        "your application > General Information",
  ).optional(),
  // discord.js appends "/v10/..." to this base, so a trailing "/" would double up.
  DISCORD_API_URL: httpUrl("DISCORD_API_URL", "https://discord.com/api")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  RDP_FIX_DISCORD_TRIAGE: checked((value) =>
    value === "1" || value === "0" ? undefined : "RDP_FIX_DISCORD_TRIAGE must be 1 (on) or 0 (off)",
  )
    .transform((value) => value === "1")
    .default(false),
  RDP_FIX_DISCORD_TRIAGE_CHANNELS: idList(
    "RDP_FIX_DISCORD_TRIAGE_CHANNELS",
    /^\d{17,20}$/,
    `Discord channel ids (17 to 20 digits; ${discordIdAdvice})`,
  ).default([]),
  LOG_LEVEL: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(logLevels, `LOG_LEVEL must be one of ${logLevels.join(", ")}`))
    .default("info"),
  RDP_FIX_PROBE_BUDGET_MS: wholeNumber("RDP_FIX_PROBE_BUDGET_MS", 1000, 60_000).default(defaultProbeBudgetMs),
});

export type ConfigVariables = z.output<typeof variables>;

/** Unset, empty and blank all mean "not set": env files and compose files often leave `NAME=` lines. */
function withoutBlankValues(env: unknown): unknown {
  if (typeof env !== "object" || env === null) return env;
  return Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) =>
      typeof value === "string" && value.trim() !== "" ? [[name, value.trim()]] : [],
    ),
  );
}

/** The environment, variable by variable, values trimmed; how they combine is checked by `loadConfig`. */
export const configVariablesSchema = z.preprocess(withoutBlankValues, variables);
