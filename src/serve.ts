import { registerDiscordCommands, startDiscordBot } from "../adapters/discord/discord-app.js";
import { startSlackBot } from "../adapters/slack/slack-app.js";
import { loadDefaultFlow } from "./flow/load-default-flow.js";
import { createProbeRunner } from "./probes/run-probes.js";
import { createConversationRunner } from "./runtime/conversation-runner.js";
import { createLogger } from "./runtime/create-logger.js";
import { loadConfig } from "./runtime/load-config.js";
import { MemorySessionStore } from "./runtime/memory-session-store.js";

export interface RunningBots {
  stop(): Promise<void>;
}

/**
 * Composition root of `rdp-fix serve`: configuration from the environment (validated once, every problem
 * named), one flow, one session store and one probe pipeline shared by every chat adapter configured.
 */
export async function serve(env: NodeJS.ProcessEnv, flowDir: string): Promise<RunningBots> {
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel });
  const flow = await loadDefaultFlow(flowDir);
  const store = new MemorySessionStore();
  const runProbes = createProbeRunner({ policy: config.policy, budgetMs: config.probeBudgetMs });
  const runner = createConversationRunner({ flow, store, runProbes, logger, platform: "slack" });
  const stops: Array<() => Promise<void>> = [];
  if (config.slack) {
    const slack = await startSlackBot({
      config: config.slack,
      flow,
      runner,
      store,
      triageChannels: config.triage.slackChannels,
      logger: logger.child({ platform: "slack" }),
    });
    stops.push(slack.stop);
  }
  if (config.discord)
    logger.warn("DISCORD_TOKEN is set, but the Discord adapter is not part of this build yet");
  return { stop: async () => void (await Promise.all(stops.map((stop) => stop()))) };
}

/** `rdp-fix discord register`: the Discord part of the configuration, then a bulk overwrite of the commands. */
export async function registerDiscordFromEnv(env: NodeJS.ProcessEnv, guildId?: string): Promise<string[]> {
  const config = loadConfig(env);
  if (!config.discord) {
    throw Object.assign(
      new Error("DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands."),
      {
        code: "CONFIG_INVALID",
      },
    );
  }
  return registerDiscordCommands(config.discord, guildId);
}
