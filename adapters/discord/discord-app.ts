import { Client, Events, GatewayIntentBits, REST, RESTEvents, Routes } from "discord.js";
import type { Logger } from "pino";
import { knownFlowIds } from "../../src/chat/action-codec/known-flow-ids.js";
import type { ChatAdapterContext } from "../../src/chat/chat-adapter.js";
import type { HeldLease } from "../../src/chat/hold-lease.js";
import { registerChatPlatform } from "../../src/chat/register-chat-platform.js";
import { discordChannelPort } from "./discord-channel-port.js";
import { type DiscordPlace, discordChatPort } from "./discord-chat-port.js";
import type { DiscordConfig, DiscordSettings } from "./discord-config.js";
import { discordThreadKeys } from "./discord-conversation-key.js";
import { discordInteractions } from "./discord-interactions.js";
import type { DiscordMessage } from "./discord-message.js";
import { discordProbeRule } from "./discord-probe-rule.js";
import type { DiscordRest } from "./discord-rest-api.js";
import { fitDiscordDocument } from "./fit-discord-document.js";
import { discordCommandDefinitions } from "./rdp-fix-command-definition.js";

/** What the bot needs beside its settings: serve's context, and (tests) a quicker progress and lease. */
export interface DiscordBotDeps extends Pick<ChatAdapterContext, "flow" | "chat" | "logger" | "metrics"> {
  progressIntervalMs?: number;
  /** The gateway lease: one replica holds Discord's gateway; another takes over when it dies. */
  gatewayLease?: { ttlMs?: number; everyMs?: number };
}

export interface RunningDiscordBot {
  /** Whether this replica holds the gateway now (the others only do queued work over REST). */
  readonly holdsGateway: boolean;
  /** False when triage was asked for but the Message Content intent is not enabled for the application. */
  readonly triageActive: boolean;
  /** Leaves the gateway (handing the lease on at once); queued work stays in the store. */
  stop(): Promise<void>;
}

const triageIntents = [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];
/** Discord's error code for a second answer to one interaction. */
const alreadyAcknowledged = 40060;
const gatewayLeaseName = "discord-gateway";

/**
 * The Discord adapter: the only file that touches discord.js. Exactly one replica holds the gateway (a
 * lease in the store) and receives interactions: it defers them at once (Discord's 3 seconds) and queues the
 * work. Whichever replica takes the work does it over REST: the interaction's webhook for its reply, the bot
 * token for everything after, so a slow investigation outlives the 15-minute interaction token.
 */
export async function startDiscordBot(
  settings: DiscordSettings,
  options: DiscordBotDeps,
): Promise<RunningDiscordBot> {
  const { flow, chat, logger, metrics } = options;
  const { connection: config, triage } = settings;
  const knownIds = knownFlowIds(flow);
  const rest = discordRest(config);
  // discord.js waits out a rate limit and sends the request again: each wait is a retry.
  if (metrics) rest.on(RESTEvents.RateLimited, () => metrics.chatApiRetry("discord"));
  /** A REST call whose failure (after discord.js's own retries) is counted, then thrown on as before. */
  const counted = <T>(call: Promise<T>): Promise<T> =>
    call.catch((error: unknown) => {
      metrics?.chatApiError("discord");
      throw error;
    });
  const api: DiscordRest = {
    get: (route, options) => counted(rest.get(route, options)),
    post: (route, options) => counted(rest.post(route, options)),
    patch: (route, options) => counted(rest.patch(route, options)),
  };
  /**
   * Times from the interaction arriving (`arrivedAt`, performance.now()) to Discord accepting the deferral.
   * False when Discord refuses it as a second answer (40060): the interaction was sent again and answered.
   */
  const acked = async (deferral: Promise<unknown>, arrivedAt: number) => {
    try {
      await deferral;
    } catch (error) {
      if ((error as { code?: unknown }).code === alreadyAcknowledged) return false;
      metrics?.chatApiError("discord");
      throw error;
    }
    metrics?.ackLatency("discord", (performance.now() - arrivedAt) / 1000);
    return true;
  };

  const { onCommand, onComponent, onModalSubmit, onMessage } = discordInteractions({
    inbox: registerChatPlatform<DiscordPlace, DiscordMessage>(
      {
        port: discordChatPort(api, logger),
        fit: fitDiscordDocument,
        thread: (conversation) => {
          const where = discordThreadKeys.parse(conversation);
          return where && discordChannelPort(api, where.channelId);
        },
        probePermission: discordProbeRule(settings.probeAccess),
        ...(options.progressIntervalMs === undefined
          ? {}
          : { progressIntervalMs: options.progressIntervalMs }),
      },
      { chat, flow, logger, metrics },
    ),
    logger,
    knownIds,
    triageChannels: triage.channels,
    acked,
  });

  let gateway: { client: Client; triageActive: boolean } | undefined;
  const connect = async () => {
    const connected = await loginWithFallback(config, triage.enabled, logger);
    const { client, triageActive } = connected;
    if (metrics) client.rest.on(RESTEvents.RateLimited, () => metrics.chatApiRetry("discord"));
    client.on(Events.InteractionCreate, (interaction) => {
      const arrivedAt = performance.now();
      const handle = async () => {
        if (interaction.isChatInputCommand()) await onCommand(interaction, arrivedAt);
        else if (interaction.isButton() || interaction.isStringSelectMenu())
          await onComponent(interaction, arrivedAt);
        else if (interaction.isModalSubmit()) await onModalSubmit(interaction, arrivedAt);
      };
      handle().catch((error: unknown) =>
        logger.error({ err: error, interaction: interaction.id }, "Discord interaction failed"),
      );
    });
    client.on(Events.MessageCreate, (message) => {
      onMessage(message, triageActive).catch((error: unknown) =>
        logger.error({ err: error }, "Discord triage failed"),
      );
    });
    client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js reported an error"));
    gateway = connected;
    logger.info({ triageActive }, "Discord gateway connected");
  };
  const disconnect = async () => {
    const current = gateway;
    gateway = undefined;
    await current?.client.destroy();
  };

  const lease: HeldLease = await chat.holdLease({
    name: gatewayLeaseName,
    logger,
    ...options.gatewayLease,
    onAcquired: connect,
    onLost: disconnect,
  });
  logger.info({ holdsGateway: lease.held }, "Discord adapter started");
  return {
    get holdsGateway() {
      return gateway !== undefined;
    },
    get triageActive() {
      return gateway?.triageActive ?? false;
    },
    stop: () => lease.stop(),
  };
}

/**
 * Logs in with the intents triage needs; when Discord refuses them (close code 4014: Message Content is a
 * privileged intent, off until enabled in the Developer Portal) the bot logs in again without them, with
 * triage off and one clear log line, instead of crash-looping.
 */
async function loginWithFallback(config: DiscordConfig, triage: boolean, logger: Logger) {
  const login = async (withTriage: boolean) => {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, ...(withTriage ? triageIntents : [])],
      ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    });
    await client.login(config.token);
    return client;
  };
  if (!triage) return { client: await login(false), triageActive: false };
  try {
    return { client: await login(true), triageActive: true };
  } catch (error) {
    if (!(error instanceof Error) || !/disallowed intents/i.test(error.message)) throw error;
    logger.warn(
      "Discord refused the Message Content intent (close code 4014): triage is off. Enable it under Developer Portal > Bot > Privileged Gateway Intents, or set RDP_FIX_DISCORD_TRIAGE=0.",
    );
    return { client: await login(false), triageActive: false };
  }
}

/** `rdp-fix discord register`: a bulk overwrite, so running it twice changes nothing. */
export async function registerDiscordCommands(config: DiscordConfig, guildId?: string): Promise<string[]> {
  const rest = discordRest(config);
  const route = guildId
    ? Routes.applicationGuildCommands(config.applicationId, guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: discordCommandDefinitions })) as Array<{ name: string }>;
  return registered.map((command) => command.name);
}

/** discord.js's REST with the bot token, at the configured base (a stand-in's in tests). */
function discordRest(config: DiscordConfig): REST {
  return new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
}
