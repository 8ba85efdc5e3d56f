import type { ChannelAndGroupAccess } from "../../src/chat/channel-and-group-rule.js";
import type { CompanionRule } from "../../src/runtime/companion-rules.js";
import { checked, httpUrl, idList } from "../../src/runtime/config-checks.js";
import { zodConfigSection } from "../../src/runtime/zod-config-section.js";

/** How the bot reaches Discord. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base for discord.js's `rest.api`, without a trailing "/" (e.g. https://discord.com/api). */
  apiUrl?: string;
}

/** Discord's whole section of the configuration. */
export interface DiscordSettings {
  connection: DiscordConfig;
  /** Triage needs the privileged Message Content intent, hence its own switch. */
  triage: { enabled: boolean; channels: readonly string[] };
  /** Who may probe: channels and roles; empty lists do not restrict. */
  probeAccess: ChannelAndGroupAccess;
}

export const discordIdAdvice =
  "in Discord, User Settings > Advanced > Developer Mode, then right-click > Copy ID";

const snowflake = /^\d{17,20}$/;

/** Half a Discord setup is a mistake, not a choice: say which variable completes it. */
const discordCompanions: readonly CompanionRule[] = [
  {
    owner: "DISCORD_TOKEN",
    orphans: [
      "DISCORD_APPLICATION_ID",
      "DISCORD_API_URL",
      "RDP_FIX_DISCORD_TRIAGE",
      "RDP_FIX_DISCORD_TRIAGE_CHANNELS",
    ],
    feature: "the Discord bot",
  },
  {
    when: [{ unset: "DISCORD_APPLICATION_ID" }],
    problem:
      "DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: copy the Application ID from the Developer " +
      "Portal > your application > General Information",
  },
  {
    when: [{ on: "RDP_FIX_DISCORD_TRIAGE" }, { unset: "RDP_FIX_DISCORD_TRIAGE_CHANNELS" }],
    problem: `RDP_FIX_DISCORD_TRIAGE=1 needs RDP_FIX_DISCORD_TRIAGE_CHANNELS: list the channel ids to watch (${discordIdAdvice})`,
  },
  {
    when: [{ off: "RDP_FIX_DISCORD_TRIAGE" }, { set: "RDP_FIX_DISCORD_TRIAGE_CHANNELS" }],
    problem:
      "RDP_FIX_DISCORD_TRIAGE_CHANNELS is set but RDP_FIX_DISCORD_TRIAGE is not 1: set RDP_FIX_DISCORD_TRIAGE=1 " +
      "(and turn on the Message Content intent in the Developer Portal > Bot) or unset the channels",
  },
];

/** Discord's variables; without DISCORD_TOKEN (and nothing else of Discord's set) Discord is off. */
export const discordConfigSection = zodConfigSection(
  {
    DISCORD_TOKEN: checked((value) => {
      if (/^bot\s/i.test(value)) return "DISCORD_TOKEN must be the token alone, without the 'Bot ' prefix";
      return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)
        ? undefined
        : "DISCORD_TOKEN must be the bot token from the Developer Portal > your application > Bot > Reset Token " +
            "(three parts separated by dots; not the Client Secret or Public Key)";
    }).optional(),
    DISCORD_APPLICATION_ID: checked((value) =>
      snowflake.test(value)
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
    RDP_FIX_DISCORD_TRIAGE_CHANNELS: ids("RDP_FIX_DISCORD_TRIAGE_CHANNELS", "channel"),
    RDP_FIX_PROBE_DISCORD_ROLES: ids("RDP_FIX_PROBE_DISCORD_ROLES", "role"),
    RDP_FIX_PROBE_DISCORD_CHANNELS: ids("RDP_FIX_PROBE_DISCORD_CHANNELS", "channel"),
  },
  (values): DiscordSettings | undefined => {
    const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: apiUrl } = values;
    if (token === undefined || applicationId === undefined) return undefined;
    return {
      connection: { token, applicationId, ...(apiUrl !== undefined && { apiUrl }) },
      triage: { enabled: values.RDP_FIX_DISCORD_TRIAGE, channels: values.RDP_FIX_DISCORD_TRIAGE_CHANNELS },
      probeAccess: {
        channels: values.RDP_FIX_PROBE_DISCORD_CHANNELS,
        groups: values.RDP_FIX_PROBE_DISCORD_ROLES,
      },
    };
  },
  discordCompanions,
);

function ids(name: string, what: string) {
  return idList(name, snowflake, `Discord ${what} ids (17 to 20 digits; ${discordIdAdvice})`).default([]);
}
