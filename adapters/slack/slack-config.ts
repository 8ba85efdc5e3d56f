import type { ChannelAndGroupAccess } from "../../src/chat/channel-and-group-rule.js";
import type { CompanionRule } from "../../src/runtime/companion-rules.js";
import { checked, httpUrl, idList } from "../../src/runtime/config-checks.js";
import { zodConfigSection } from "../../src/runtime/zod-config-section.js";
import { slackTokenCheck } from "./slack-token-check.js";

const channelAdvice =
  "Slack channel ids like C0123ABCD (channel name > About > Channel ID; names do not work)";

/**
 * Half a Slack setup is a mistake, not a choice: say which variable completes it. (The probe lists may stay
 * set while Slack is off, as they always could.)
 */
const slackCompanions: readonly CompanionRule[] = [
  {
    owner: "SLACK_BOT_TOKEN",
    orphans: ["SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "RDP_FIX_TRIAGE_CHANNELS"],
    feature: "the Slack bot",
  },
  {
    when: [{ unset: "SLACK_SIGNING_SECRET" }, { unset: "SLACK_APP_TOKEN" }],
    problem:
      "SLACK_BOT_TOKEN is set but Slack has no way to deliver events: set SLACK_SIGNING_SECRET (Basic " +
      "Information > App Credentials) for HTTP mode, or SLACK_APP_TOKEN (xapp-) for Socket Mode",
  },
];

/**
 * Slack's variables. The mode follows from what is set: SLACK_APP_TOKEN means Socket Mode (no signing secret
 * needed), otherwise HTTP with SLACK_SIGNING_SECRET. Without SLACK_BOT_TOKEN (and nothing else of Slack's
 * set) Slack is off.
 */
export const slackConfigSection = zodConfigSection(
  {
    SLACK_BOT_TOKEN: slackTokenCheck(
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
    SLACK_APP_TOKEN: slackTokenCheck(
      "SLACK_APP_TOKEN",
      "xapp-",
      "an app-level token with the connections:write scope, from Basic Information > App-Level Tokens",
    ).optional(),
    // The Web API client appends the method name to this base, so it must end in "/".
    SLACK_API_URL: httpUrl("SLACK_API_URL", "https://slack.com/api/")
      .transform((url) => (url.endsWith("/") ? url : `${url}/`))
      .optional(),
    RDP_FIX_TRIAGE_CHANNELS: idList("RDP_FIX_TRIAGE_CHANNELS", /^[CG][A-Z0-9]{8,}$/, channelAdvice).default(
      [],
    ),
    RDP_FIX_PROBE_SLACK_CHANNELS: idList(
      "RDP_FIX_PROBE_SLACK_CHANNELS",
      /^[CGD][A-Z0-9]{2,}$/,
      channelAdvice,
    ).default([]),
    RDP_FIX_PROBE_SLACK_USERGROUPS: idList(
      "RDP_FIX_PROBE_SLACK_USERGROUPS",
      /^S[A-Z0-9]{2,}$/,
      "Slack user group ids like S0123ABCD",
    ).default([]),
  },
  (values) => {
    const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: secret } = values;
    if (botToken === undefined) return undefined;
    const common = { botToken, ...(values.SLACK_API_URL !== undefined && { apiUrl: values.SLACK_API_URL }) };
    // How the bot reaches Slack: Socket Mode (the bot dials out) or HTTP (Slack POSTs to the runtime's server).
    const connection =
      appToken !== undefined
        ? { mode: "socket" as const, appToken, ...common }
        : secret === undefined
          ? undefined // the companion check has refused this already
          : { mode: "http" as const, signingSecret: secret, ...common };
    if (connection === undefined) return undefined;
    // Who may probe: channels and user groups (`S...`); empty lists do not restrict.
    const probeAccess: ChannelAndGroupAccess = {
      channels: values.RDP_FIX_PROBE_SLACK_CHANNELS,
      groups: values.RDP_FIX_PROBE_SLACK_USERGROUPS,
    };
    // Where the bot reads messages and offers help unasked: nowhere while the list is empty.
    return { connection, triageChannels: values.RDP_FIX_TRIAGE_CHANNELS, probeAccess };
  },
  slackCompanions,
);

/** Slack's whole section of the configuration, as its variables build it. */
export type SlackSettings = NonNullable<
  Extract<ReturnType<typeof slackConfigSection.read>, { ok: true }>["value"]
>;
