import { describe, expect, it } from "vitest";
import { discordConfigSection } from "../../adapters/discord/discord-config.js";
import { slackConfigSection } from "../../adapters/slack/slack-config.js";
import { loadServeConfig, noPlatformNotice } from "../../bin/load-serve-config.js";
import { ProbePolicyConfigError } from "../../src/probes/probe-policy-error.js";
import { defaultProbeBudgetMs } from "../../src/probes/run-probes.js";
import { ConfigError } from "../../src/runtime/config-error.js";
import { probePolicySection } from "../../src/runtime/probe-policy-from-env.js";
import { readConfig } from "../../src/runtime/read-config.js";
import { serveConfigSection } from "../../src/runtime/serve-config-section.js";

// Shaped like the real things, invented here. Long enough to spot if any of them leaks into a message.
const botToken = "xoxb-1111111111-2222222222-LeakCanaryBotToken";
const appToken = "xapp-1-A0123456789-3333333333-leakcanaryapptoken";
const signingSecret = "8f14e45fceea167a5a36dedd4bea2543";
const discordToken = "MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GLeakC.CanaryDiscordTokenCanaryDiscordToken00";
const applicationId = "1012345678901234567";

/**
 * `serve`'s configuration from `env`: it must load (naming the platforms it runs), and the sections a test
 * looks into come back typed: the runtime's, the policy, and Slack's and Discord's own.
 */
function loadConfig(env: NodeJS.ProcessEnv) {
  const loaded = loadServeConfig(env);
  const sections = { serve: serveConfigSection, policy: probePolicySection };
  const platforms = { slack: slackConfigSection, discord: discordConfigSection };
  const values = readConfig(env, { ...sections, ...platforms });
  expect(loaded.platforms.map((p) => p.name)).toEqual(
    Object.keys(platforms).filter((name) => values[name as keyof typeof platforms] !== undefined),
  );
  return values;
}

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadServeConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected loadServeConfig to throw a ConfigError");
}

describe("loadServeConfig: Slack", () => {
  it("GIVEN a bot token and a signing secret THEN Slack runs in HTTP mode with every default", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret });
    expect(config.slack).toEqual({
      connection: { mode: "http", botToken, signingSecret },
      triageChannels: [],
      probeAccess: { channels: [], groups: [] },
    });
    expect(config.serve.port).toBe(3000);
    expect(config.discord).toBeUndefined();
    expect(config.serve.logLevel).toBe("info");
    expect(config.serve.probeBudgetMs).toBe(defaultProbeBudgetMs);
    expect(config.policy.allowedPorts).toEqual([3389]);
    expect(config.policy.allowedCidrs.map((cidr) => cidr.text)).toContain("10.0.0.0/8");
  });

  it("GIVEN a bot token and an app token THEN Slack runs in Socket Mode and needs no signing secret", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, PORT: "8080" });
    expect(config.slack?.connection).toEqual({ mode: "socket", botToken, appToken });
    expect(config.serve.port).toBe(8080);
  });

  it("GIVEN both an app token and a signing secret THEN the app token wins: Socket Mode", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_SIGNING_SECRET: signingSecret,
    });
    expect(config.slack?.connection.mode).toBe("socket");
  });

  it("GIVEN SLACK_API_URL without a final slash THEN it gets one, as Bolt's slackApiUrl needs", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: "http://127.0.0.1:9999/api",
    });
    expect(config.slack?.connection.apiUrl).toBe("http://127.0.0.1:9999/api/");
  });

  it("GIVEN values with spaces around them and blank variables THEN values are trimmed and blanks are unset", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: ` ${botToken}\n`,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: "   ",
      DISCORD_TOKEN: "",
      LOG_LEVEL: "",
    });
    expect(config.slack?.connection).toEqual({ mode: "http", botToken, signingSecret });
    expect(config.discord).toBeUndefined();
    expect(config.serve.logLevel).toBe("info");
  });

  it("GIVEN triage channels with a duplicate and spaces THEN each id once, in order", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      RDP_FIX_TRIAGE_CHANNELS: "C0123ABCD, G0456EFGH1 ,C0123ABCD,",
    });
    expect(config.slack?.triageChannels).toEqual(["C0123ABCD", "G0456EFGH1"]);
  });

  it("GIVEN a bot token alone THEN it says how to complete it: a signing secret or an app token", () => {
    const error = configError({ SLACK_BOT_TOKEN: botToken });
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.problems).toEqual([
      expect.stringMatching(/SLACK_SIGNING_SECRET.*HTTP.*SLACK_APP_TOKEN.*Socket Mode/),
    ]);
  });

  it("GIVEN Slack settings without a bot token THEN it names them and the missing SLACK_BOT_TOKEN", () => {
    const error = configError({ SLACK_APP_TOKEN: appToken, RDP_FIX_TRIAGE_CHANNELS: "C0123ABCD" });
    expect(error.problems).toEqual([
      "SLACK_APP_TOKEN, RDP_FIX_TRIAGE_CHANNELS are set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN to run the Slack bot, or unset them",
    ]);
  });

  it.each([
    ["xoxp-1-2-3-user", "it holds a user token"],
    [appToken, "it holds an app-level token, which belongs in SLACK_APP_TOKEN"],
    ["not-a-token", "(the Bot User OAuth Token from OAuth & Permissions)"],
  ])(
    "GIVEN SLACK_BOT_TOKEN=%s THEN it must start with xoxb- and the hint says what it holds",
    (value, hint) => {
      const [problem] = configError({ SLACK_BOT_TOKEN: value, SLACK_SIGNING_SECRET: signingSecret }).problems;
      expect(problem).toMatch(
        /^SLACK_BOT_TOKEN must start with xoxb- \(the Bot User OAuth Token from OAuth & Permissions\)/,
      );
      expect(problem).toContain(hint);
      expect(problem).not.toContain(value);
    },
  );

  it("GIVEN a token in quotes, as docker --env-file keeps them THEN it says to remove the quotes", () => {
    const error = configError({ SLACK_BOT_TOKEN: `"${botToken}"`, SLACK_SIGNING_SECRET: signingSecret });
    expect(error.problems).toEqual([
      "SLACK_BOT_TOKEN starts with a quote: remove the quotes around the token",
    ]);
  });
});

describe("loadServeConfig: Discord", () => {
  it("GIVEN a Discord token and application id THEN Discord is configured and Slack is not", () => {
    const config = loadConfig({
      DISCORD_TOKEN: discordToken,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: "http://127.0.0.1:9998/api/",
    });
    expect(config.slack).toBeUndefined();
    // discord.js appends /v10/... to its base, so the trailing slash goes.
    expect(config.discord?.connection).toEqual({
      token: discordToken,
      applicationId,
      apiUrl: "http://127.0.0.1:9998/api",
    });
  });

  it("GIVEN Discord triage on with its channels THEN triage lists them", () => {
    const config = loadConfig({
      DISCORD_TOKEN: discordToken,
      DISCORD_APPLICATION_ID: applicationId,
      RDP_FIX_DISCORD_TRIAGE: "1",
      RDP_FIX_DISCORD_TRIAGE_CHANNELS: "1098765432109876543",
    });
    expect(config.discord?.triage).toEqual({ enabled: true, channels: ["1098765432109876543"] });
  });

  it("GIVEN Discord triage on without channels, or channels without triage THEN each says what to add", () => {
    const base = { DISCORD_TOKEN: discordToken, DISCORD_APPLICATION_ID: applicationId };
    expect(configError({ ...base, RDP_FIX_DISCORD_TRIAGE: "1" }).problems).toEqual([
      expect.stringMatching(/^RDP_FIX_DISCORD_TRIAGE=1 needs RDP_FIX_DISCORD_TRIAGE_CHANNELS/),
    ]);
    expect(configError({ ...base, RDP_FIX_DISCORD_TRIAGE_CHANNELS: "1098765432109876543" }).problems).toEqual(
      [expect.stringMatching(/^RDP_FIX_DISCORD_TRIAGE_CHANNELS is set but RDP_FIX_DISCORD_TRIAGE is not 1/)],
    );
  });

  it("GIVEN a token with the 'Bot ' prefix and no application id THEN both problems, the token unquoted", () => {
    const error = configError({ DISCORD_TOKEN: `Bot ${discordToken}` });
    expect(error.problems).toEqual([
      "DISCORD_TOKEN must be the token alone, without the 'Bot ' prefix",
      expect.stringMatching(/^DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not/),
    ]);
    expect(error.message).not.toContain(discordToken);
  });
});

describe("loadServeConfig: every problem at once, no secret in any of them", () => {
  const broken = {
    SLACK_BOT_TOKEN: "xoxp-9999-LeakCanaryUserToken",
    SLACK_SIGNING_SECRET: "LeakCanarySigningSecret!",
    SLACK_APP_TOKEN: "xoxb-LeakCanaryInTheWrongPlace",
    SLACK_API_URL: "slack.example",
    PORT: "70000",
    RDP_FIX_TRIAGE_CHANNELS: "#rdp-help,C0123ABCD",
    DISCORD_TOKEN: "LeakCanaryDiscordTokenWithoutDots",
    DISCORD_APPLICATION_ID: "my-app",
    LOG_LEVEL: "verbose",
    RDP_FIX_PROBE_BUDGET_MS: "500",
    RDP_FIX_ALLOWED_CIDRS: "10.0.0.0/33",
  };

  it("GIVEN eleven broken variables THEN one CONFIG_INVALID error lists each, starting with its name", () => {
    const error = configError(broken);
    expect(error.code).toBe("CONFIG_INVALID");
    const named = error.problems.map((problem) => problem.split(/[ :]/)[0]);
    expect(new Set(named)).toEqual(new Set(Object.keys(broken)));
    expect(error.message).toContain(".env.example");
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  it("GIVEN secrets among the broken values THEN neither the message, the problems nor the cause chain quotes one", () => {
    const error = configError(broken);
    const everything = JSON.stringify({
      message: error.message,
      problems: error.problems,
      cause: String(error.cause),
    });
    for (const name of [
      "SLACK_BOT_TOKEN",
      "SLACK_SIGNING_SECRET",
      "SLACK_APP_TOKEN",
      "DISCORD_TOKEN",
    ] as const) {
      expect(everything).not.toContain(broken[name]);
    }
    expect(everything).not.toContain("LeakCanary");
  });

  it("GIVEN a bad probe policy THEN its problems name the variable and keep the policy error as the cause", () => {
    const error = configError({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      RDP_FIX_ALLOWED_CIDRS: "bogus",
      RDP_FIX_ALLOWED_HOSTS: "a b",
      RDP_FIX_ALLOWED_PORTS: "70000",
    });
    expect(error.problems).toEqual([
      expect.stringMatching(/^RDP_FIX_ALLOWED_CIDRS: allowed range "bogus"/),
      expect.stringMatching(/^RDP_FIX_ALLOWED_HOSTS: allowed name "a b"/),
      expect.stringMatching(/^RDP_FIX_ALLOWED_PORTS: allowed port "70000" is not a port/),
    ]);
    expect(error.cause).toBeInstanceOf(ProbePolicyConfigError);
  });

  it("GIVEN RDP_FIX_ALLOWED_CIDRS or _PORTS set but empty THEN it is refused rather than silently refusing every probe", () => {
    const error = configError({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      RDP_FIX_ALLOWED_CIDRS: "",
      RDP_FIX_ALLOWED_PORTS: " , ",
    });
    expect(error.problems).toEqual([
      expect.stringMatching(/^RDP_FIX_ALLOWED_CIDRS is set but lists nothing/),
      expect.stringMatching(/^RDP_FIX_ALLOWED_PORTS is set but lists nothing/),
    ]);
  });
});

describe("loadServeConfig: general settings", () => {
  const slack = { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret };

  it("GIVEN LOG_LEVEL in capitals and a probe budget THEN both are taken", () => {
    const config = loadConfig({ ...slack, LOG_LEVEL: "DEBUG", RDP_FIX_PROBE_BUDGET_MS: "15000" });
    expect(config.serve.logLevel).toBe("debug");
    expect(config.serve.probeBudgetMs).toBe(15_000);
  });

  it.each([
    ["PORT", "0"],
    ["PORT", "65536"],
    ["PORT", "3000.5"],
    ["PORT", "0300"],
    ["RDP_FIX_PROBE_BUDGET_MS", "999"],
    ["RDP_FIX_PROBE_BUDGET_MS", "60001"],
    ["RDP_FIX_PROBE_BUDGET_MS", "8s"],
  ])("GIVEN %s=%s THEN it is out of range", (name, value) => {
    expect(configError({ ...slack, [name]: value }).problems).toEqual([
      expect.stringMatching(new RegExp(`^${name} must be a whole number from \\d+ to \\d+$`)),
    ]);
  });

  it("GIVEN no platform at all THEN the configuration loads with no platform, and the start notice says how to enable each and points at .env.example and the README", () => {
    expect(loadServeConfig({ LOG_LEVEL: "debug", PATH: "/usr/bin" }).platforms).toEqual([]);
    expect(noPlatformNotice()).toMatch(
      /serving the HTTP endpoints \(\/healthz, \/metrics, \/probe\) and the watches only.*SLACK_BOT_TOKEN.*DISCORD_TOKEN.*\.env\.example.*README/s,
    );
  });

  it("GIVEN a probe endpoint token shorter than 16 characters THEN it is CONFIG_INVALID without quoting it", () => {
    const error = configError({ RDP_FIX_PROBE_ENDPOINT_TOKEN: "short-secret" });
    expect(error.problems).toEqual([
      expect.stringMatching(/^RDP_FIX_PROBE_ENDPOINT_TOKEN must be at least 16/),
    ]);
    expect(error.message).not.toContain("short-secret");
  });

  it("GIVEN no platform AND a broken variable THEN it is CONFIG_INVALID, naming the broken variable", () => {
    const error = configError({ LOG_LEVEL: "loud" });
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.problems).toEqual([expect.stringMatching(/^LOG_LEVEL must be one of/)]);
  });
});
