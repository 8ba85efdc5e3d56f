import type { ProbePolicy } from "../probes/probe-policy.js";
import { ProbePolicyConfigError } from "../probes/probe-policy-error.js";
import { ConfigError } from "./config-error.js";
import {
  type Config,
  type ConfigVariables,
  configVariablesSchema,
  type DiscordConfig,
  discordIdAdvice,
  type SlackConfig,
} from "./config-schema.js";
import { probePolicyFromEnv } from "./probe-policy-from-env.js";

/**
 * The whole configuration, from the environment, once, for `rdp-fix serve`. Throws ConfigError:
 * CONFIG_INVALID listing every problem (each naming its variable, none quoting a secret), or
 * CONFIG_NO_PLATFORM when neither Slack nor Discord is configured. The Slack mode follows from what is set:
 * SLACK_APP_TOKEN means Socket Mode (no signing secret needed), otherwise HTTP with SLACK_SIGNING_SECRET.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  const policy = policyFromEnv(env);
  if (!parsed.success || policy.kind === "problems") {
    const problems = parsed.success
      ? []
      : parsed.error.issues.map(({ path, message }) => named(path, message));
    // The ZodError is never the cause: its issues may carry the values, secrets included.
    if (policy.kind === "policy") throw ConfigError.invalid(problems);
    throw ConfigError.invalid([...problems, ...policy.problems], { cause: policy.cause });
  }
  const values = parsed.data;
  const slack = slackConfig(values);
  const discord = discordConfig(values);
  if (slack === undefined && discord === undefined) throw ConfigError.noPlatform();
  return {
    healthPort: values.PORT,
    ...(slack && { slack }),
    ...(discord && { discord }),
    triage: {
      slackChannels: values.RDP_FIX_TRIAGE_CHANNELS,
      discordEnabled: values.RDP_FIX_DISCORD_TRIAGE,
      discordChannels: values.RDP_FIX_DISCORD_TRIAGE_CHANNELS,
    },
    logLevel: values.LOG_LEVEL,
    probeBudgetMs: values.RDP_FIX_PROBE_BUDGET_MS,
    policy: policy.policy,
  };
}

// `when`: the combination check runs even when some values failed their own checks, so one restart is enough.
const schema = configVariablesSchema.superRefine(
  (values, ctx) => {
    for (const message of missingCompanions(values)) ctx.addIssue({ code: "custom", message });
  },
  { when: (payload) => typeof payload.value === "object" && payload.value !== null },
);

function named(path: readonly PropertyKey[], message: string): string {
  const name = String(path[0] ?? "");
  return message.startsWith(name) ? message : `${name}: ${message}`;
}

function slackConfig(values: ConfigVariables): SlackConfig | undefined {
  const {
    SLACK_BOT_TOKEN: botToken,
    SLACK_APP_TOKEN: appToken,
    SLACK_SIGNING_SECRET: signingSecret,
  } = values;
  if (botToken === undefined) return undefined;
  const common = {
    botToken,
    port: values.PORT,
    ...(values.SLACK_API_URL !== undefined && { apiUrl: values.SLACK_API_URL }),
  };
  if (appToken !== undefined) return { mode: "socket", appToken, ...common };
  // Without either, missingCompanions has already refused the configuration.
  return signingSecret === undefined ? undefined : { mode: "http", signingSecret, ...common };
}

function discordConfig(values: ConfigVariables): DiscordConfig | undefined {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: apiUrl } = values;
  if (token === undefined || applicationId === undefined) return undefined;
  return { token, applicationId, ...(apiUrl !== undefined && { apiUrl }) };
}

type PolicyResult =
  | { kind: "policy"; policy: ProbePolicy }
  | { kind: "problems"; problems: string[]; cause?: Error };

/** The probe policy through the same parser as the CLI, whose problems already name their variables. */
function policyFromEnv(env: NodeJS.ProcessEnv): PolicyResult {
  try {
    return { kind: "policy", policy: probePolicyFromEnv(env) };
  } catch (error) {
    if (!(error instanceof ProbePolicyConfigError)) throw error;
    return { kind: "problems", problems: [...error.problems], cause: error };
  }
}

const slackOnly = [
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_API_URL",
  "RDP_FIX_TRIAGE_CHANNELS",
] as const;
const discordOnly = [
  "DISCORD_APPLICATION_ID",
  "DISCORD_API_URL",
  "RDP_FIX_DISCORD_TRIAGE",
  "RDP_FIX_DISCORD_TRIAGE_CHANNELS",
] as const;

/**
 * Half a platform is a mistake, not a choice: say which variable completes it. Reads presence only: a value
 * that failed its own check is still there (as text), and defaults ([] and false) count as unset.
 */
function missingCompanions(values: Readonly<Record<string, unknown>>): string[] {
  const isSet = (name: string) => {
    const value = values[name];
    return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
  };
  const orphans = (names: readonly string[], owner: string, platform: string) => {
    const set = names.filter(isSet);
    if (set.length === 0) return [];
    const [verb, pronoun] = set.length === 1 ? ["is", "it"] : ["are", "them"];
    return [
      `${set.join(", ")} ${verb} set but ${owner} is not: set ${owner} to run the ${platform} bot, or unset ${pronoun}`,
    ];
  };
  const problems: string[] = [];
  if (!isSet("SLACK_BOT_TOKEN")) {
    problems.push(...orphans(slackOnly, "SLACK_BOT_TOKEN", "Slack"));
  } else if (!isSet("SLACK_SIGNING_SECRET") && !isSet("SLACK_APP_TOKEN")) {
    problems.push(
      "SLACK_BOT_TOKEN is set but Slack has no way to deliver events: set SLACK_SIGNING_SECRET (Basic " +
        "Information > App Credentials) for HTTP mode, or SLACK_APP_TOKEN (xapp-) for Socket Mode",
    );
  }
  if (!isSet("DISCORD_TOKEN")) {
    problems.push(...orphans(discordOnly, "DISCORD_TOKEN", "Discord"));
    return problems;
  }
  if (!isSet("DISCORD_APPLICATION_ID")) {
    problems.push(
      "DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: copy the Application ID from the Developer " +
        "Portal > your application > General Information",
    );
  }
  const triageOn = values.RDP_FIX_DISCORD_TRIAGE === true;
  if (triageOn && !isSet("RDP_FIX_DISCORD_TRIAGE_CHANNELS")) {
    problems.push(
      `RDP_FIX_DISCORD_TRIAGE=1 needs RDP_FIX_DISCORD_TRIAGE_CHANNELS: list the channel ids to watch (${discordIdAdvice})`,
    );
  }
  if (!triageOn && isSet("RDP_FIX_DISCORD_TRIAGE_CHANNELS")) {
    problems.push(
      "RDP_FIX_DISCORD_TRIAGE_CHANNELS is set but RDP_FIX_DISCORD_TRIAGE is not 1: set RDP_FIX_DISCORD_TRIAGE=1 " +
        "(and turn on the Message Content intent in the Developer Portal > Bot) or unset the channels",
    );
  }
  return problems;
}
