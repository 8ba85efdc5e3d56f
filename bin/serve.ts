import type { DestinationStream } from "pino";
import { registerDiscordCommands, startDiscordBot } from "../adapters/discord/discord-app.js";
import { startSlackBot } from "../adapters/slack/slack-app.js";
import { loadDefaultFlow } from "../src/flow/load-default-flow.js";
import { createProbeRunner } from "../src/probes/run-probes.js";
import { createConversationRunner } from "../src/runtime/conversation-runner.js";
import { createLogger } from "../src/runtime/create-logger.js";
import { loadConfig } from "../src/runtime/load-config.js";
import { MemorySessionStore } from "../src/runtime/memory-session-store.js";
import { startHealthServer } from "../src/runtime/start-health-server.js";

export interface RunningBots {
  stop(): Promise<void>;
}

/**
 * Composition root of `rdp-fix serve`: configuration from the environment (validated once, every problem
 * named), one flow, one session store and one probe pipeline shared by every chat adapter configured, and
 * GET /healthz on PORT whichever adapters run.
 */
export async function serve(
  env: NodeJS.ProcessEnv,
  flowDir: string,
  options: ServeOptions = {},
): Promise<RunningBots> {
  const config = loadConfig(env);
  const logger = createLogger({
    level: config.logLevel,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const flow = await loadDefaultFlow(flowDir);
  const store = new MemorySessionStore();
  const runProbes = createProbeRunner({ policy: config.policy, budgetMs: config.probeBudgetMs });
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => void (await Promise.all(stops.splice(0).map((s) => s())));
  try {
    if (config.slack) {
      const slack = await startSlackBot({
        config: config.slack,
        flow,
        runner: createConversationRunner({ flow, store, runProbes, logger, platform: "slack" }),
        store,
        triageChannels: config.triage.slackChannels,
        logger: logger.child({ platform: "slack" }),
      });
      stops.push(slack.stop);
    } else {
      // Slack's receiver serves /healthz; without it, a small server of our own does.
      const health = await startHealthServer(config.healthPort);
      stops.push(health.stop);
    }
    if (config.discord) {
      const discord = await startDiscordBot({
        config: config.discord,
        flow,
        runner: createConversationRunner({ flow, store, runProbes, logger, platform: "discord" }),
        store,
        triage: { enabled: config.triage.discordEnabled, channels: config.triage.discordChannels },
        logger: logger.child({ platform: "discord" }),
      });
      stops.push(discord.stop);
    }
  } catch (error) {
    // Whatever started before the failure is stopped, so a failed start leaves no port or socket behind.
    await stop();
    throw error;
  }
  return { stop };
}

export interface ServeOptions {
  /** Where the JSON log lines go (stdout by default); tests read them. */
  logDestination?: DestinationStream;
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
