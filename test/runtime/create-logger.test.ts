import { describe, expect, it } from "vitest";
import { discordConfigSection } from "../../adapters/discord/discord-config.js";
import { slackConfigSection } from "../../adapters/slack/slack-config.js";
import { createLogger, redactSecretText, sessionLogger } from "../../src/runtime/create-logger.js";
import { readConfig } from "../../src/runtime/read-config.js";
import { serveConfigSection } from "../../src/runtime/serve-config-section.js";
import { summarizeUserText } from "../../src/runtime/summarize-user-text.js";

const botToken = "xoxb-1111111111-2222222222-LeakCanaryBotToken";
const appToken = "xapp-1-A0123456789-3333333333-leakcanaryapptoken";
const signingSecret = "8f14e45fceea167a5a36dedd4bea2543";
const discordToken = "MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GLeakC.CanaryDiscordTokenCanaryDiscordToken00";

/** The logger as `serve` makes it, writing into an array; each line comes back as its parsed JSON object. */
function capturedLogger(level: "info" | "warn" = "info") {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, records, raw: () => lines.join("") };
}

describe("createLogger", () => {
  it("GIVEN the loaded configuration logged whole THEN every token and secret shows [Redacted], the rest intact", () => {
    const config = readConfig(
      {
        SLACK_BOT_TOKEN: botToken,
        SLACK_APP_TOKEN: appToken,
        SLACK_SIGNING_SECRET: signingSecret,
        DISCORD_TOKEN: discordToken,
        DISCORD_APPLICATION_ID: "1012345678901234567",
      },
      { serve: serveConfigSection, slack: slackConfigSection, discord: discordConfigSection },
    );
    const { logger, records, raw } = capturedLogger();
    logger.info({ config }, "configuration loaded");
    logger.info({ slack: config.slack?.connection }, "slack on its own");

    const [whole, part] = records();
    expect(whole).toMatchObject({
      level: 30,
      msg: "configuration loaded",
      config: {
        slack: { connection: { mode: "socket", botToken: "[Redacted]", appToken: "[Redacted]" } },
        discord: { connection: { token: "[Redacted]", applicationId: "1012345678901234567" } },
        serve: { logLevel: "info", port: 3000 },
      },
    });
    expect(part).toMatchObject({ slack: { botToken: "[Redacted]", appToken: "[Redacted]" } });
    for (const secret of [botToken, appToken, signingSecret, discordToken])
      expect(raw()).not.toContain(secret);
  });

  it("GIVEN an SDK-style error with a token in a nested field, a header and its message THEN all are redacted", () => {
    const error = Object.assign(new Error(`auth.test failed for ${botToken}`), {
      code: "slack_webapi_platform_error",
      data: { ok: false, error: "invalid_auth", response_metadata: { token: botToken } },
      request: { headers: { Authorization: `Bearer ${botToken}`, "X-Slack-Signature": "v0=abc123" } },
    });
    const { logger, records, raw } = capturedLogger();
    logger.error({ err: error }, "Slack refused the token");
    logger.error(error);
    logger.warn({ failure: { during: "start", error } }, "nested error");

    const [explicit, bare, nested] = records();
    const redactedError = {
      type: "Error",
      message: "auth.test failed for xoxb-[Redacted]",
      code: "slack_webapi_platform_error",
      data: { error: "invalid_auth", response_metadata: { token: "[Redacted]" } },
      request: { headers: { Authorization: "[Redacted]", "X-Slack-Signature": "[Redacted]" } },
    };
    expect(explicit).toMatchObject({ msg: "Slack refused the token", err: redactedError });
    expect(bare).toMatchObject({ msg: "auth.test failed for xoxb-[Redacted]", err: redactedError });
    expect(nested).toMatchObject({ failure: { during: "start", error: redactedError } });
    expect(explicit).toMatchObject({
      err: { stack: expect.stringMatching(/^Error: auth\.test failed for xoxb-\[Redacted\]/) },
    });
    expect(raw()).not.toContain("LeakCanary");
  });

  it("GIVEN secrets under keys nobody listed, at depth THEN the key-name safety net redacts them", () => {
    const { logger, records } = capturedLogger();
    logger.info({
      install: { oauth: { clientSecret: "s1", refreshToken: "s2", password: "s3", apiKey: "s4" } },
      req: { headers: { authorization: "Basic czE=", cookie: "session=s5", "x-slack-signature": "v0=s6" } },
    });
    expect(records()[0]).toMatchObject({
      install: {
        oauth: {
          clientSecret: "[Redacted]",
          refreshToken: "[Redacted]",
          password: "[Redacted]",
          apiKey: "[Redacted]",
        },
      },
      req: {
        headers: { authorization: "[Redacted]", cookie: "[Redacted]", "x-slack-signature": "[Redacted]" },
      },
    });
  });

  it("GIVEN certificate facts and flags THEN nothing diagnostic is redacted", () => {
    const { logger, records } = capturedLogger();
    const facts = {
      publicKey: { type: "rsa", bits: 2048 },
      signature: "sha256WithRSAEncryption",
      hasToken: false,
    };
    logger.info({ host: "host42.corp.example", facts });
    expect(records()[0]).toMatchObject({ host: "host42.corp.example", facts });
  });

  it("GIVEN an object logged THEN the caller's object is left as it was, and a cycle does not break the line", () => {
    const payload: Record<string, unknown> = { token: "t-secret", inner: { appToken } };
    payload.self = payload;
    const { logger, records } = capturedLogger();
    logger.info({ payload });
    expect(payload.token).toBe("t-secret");
    expect(payload.inner).toEqual({ appToken });
    expect(records()[0]).toMatchObject({
      payload: { token: "[Redacted]", inner: { appToken: "[Redacted]" }, self: "[Circular]" },
    });
  });

  it("GIVEN level warn THEN info lines are not written", () => {
    const { logger, records } = capturedLogger("warn");
    logger.info("hidden");
    logger.warn("shown");
    expect(records().map((record) => record.msg)).toEqual(["shown"]);
  });
});

describe("sessionLogger", () => {
  it("GIVEN a session's child logger THEN every line names the session, the conversation and the platform", () => {
    const { logger, records } = capturedLogger();
    const log = sessionLogger(logger, {
      sessionId: "s-1",
      conversation: "slack:C0123ABCD:1712.0001",
      platform: "slack",
    });
    log.info({ event: "answer" }, "step");
    log.warn("probe progress not delivered");
    for (const record of records()) {
      expect(record).toMatchObject({
        sessionId: "s-1",
        conversation: "slack:C0123ABCD:1712.0001",
        platform: "slack",
      });
    }
  });

  it("GIVEN a user's free text logged through summarizeUserText THEN the line holds its start and length only", () => {
    const { logger, records, raw } = capturedLogger();
    const text = `it says 0x904, my password is hunter2 and here is the token ${botToken} ${"and more ".repeat(40)}`;
    sessionLogger(logger, { sessionId: "s-2", conversation: "c", platform: "discord" }).info(
      { text: summarizeUserText(text) },
      "symptom received",
    );
    const record = records()[0] as { text: { preview: string; length: number } };
    expect(record.text.length).toBe(text.length);
    expect([...record.text.preview]).toHaveLength(81);
    expect(record.text.preview.endsWith("…")).toBe(true);
    expect(raw()).not.toContain(botToken);
    expect(raw()).not.toContain("and more and more and more and more and more and more and more");
  });
});

describe("redactSecretText", () => {
  it.each([
    [`token ${botToken} failed`, "token xoxb-[Redacted] failed"],
    [`app ${appToken}`, "app xapp-[Redacted]"],
    [`Authorization: Bearer ${discordToken}`, "Authorization: Bearer [Redacted]"],
    [`discord ${discordToken}.`, "discord [Redacted]."],
    ["host42.corp.example refused TLS 1.0", "host42.corp.example refused TLS 1.0"],
  ])("GIVEN %j THEN %j", (text, expected) => {
    expect(redactSecretText(text)).toBe(expected);
  });
});
