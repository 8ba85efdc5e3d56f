import {
  type APIChannel,
  type APIMessage,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Message,
  MessageFlags,
  REST,
  Routes,
  type StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { detectRdpFailure, type InboundEvent } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { chatActionToEvent } from "../../src/runtime/chat-action-event.js";
import type { DiscordConfig } from "../../src/runtime/config-schema.js";
import type { ConversationRunner } from "../../src/runtime/conversation-runner.js";
import { DedupeCache } from "../../src/runtime/dedupe-cache.js";
import type { SessionStore } from "../../src/runtime/session-store.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { workQueue } from "../../src/runtime/work-queue.js";
import { decodeDiscordCommand } from "./decode-discord-command.js";
import { decodeDiscordComponent } from "./decode-discord-component.js";
import { type DiscordChannelApi, discordChannelSender } from "./discord-channel-sender.js";
import type { DiscordMessage } from "./discord-message.js";
import { knownFlowIds } from "./known-flow-ids.js";
import { discordCommandDefinitions } from "./rdp-fix-command-definition.js";
import { renderDiscordTriageOffer } from "./render-discord-triage-offer.js";

export interface DiscordBotOptions {
  config: DiscordConfig;
  flow: Flow;
  runner: ConversationRunner;
  store: SessionStore;
  triage: { enabled: boolean; channels: readonly string[] };
  logger: Logger;
  progressIntervalMs?: number;
  backgroundConcurrency?: number;
}

export interface RunningDiscordBot {
  /** False when triage was asked for but the Message Content intent is not enabled for the application. */
  triageActive: boolean;
  stop(): Promise<void>;
}

interface Route {
  conversation: string;
  channelId: string;
}

const triageIntents = [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

/**
 * The Discord adapter: the only file that touches discord.js. Interactions are deferred first (Discord's
 * 3 seconds), the conversation moves into a thread when the channel allows it, and everything after the
 * first reply goes out with the bot token, so a slow investigation outlives the 15-minute interaction token.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const { config, flow, runner, store, logger } = options;
  const knownIds = knownFlowIds(flow);
  const seen = new DedupeCache(60 * 60 * 1000);
  const undelivered = new Set<string>();
  const routes = new Map<string, Route>();
  const latestInChannel = new Map<string, Route>();
  const work = workQueue(options.backgroundConcurrency ?? 8, (error, what) =>
    logger.error({ err: error, what }, "Discord work failed"),
  );

  const { client, triageActive } = await loginWithFallback(config, options.triage.enabled, logger);
  const api: DiscordChannelApi = {
    post: async (channelId, message) =>
      ((await client.rest.post(Routes.channelMessages(channelId), { body: restBody(message) })) as APIMessage)
        .id,
    edit: async (channelId, messageId, message) => {
      await client.rest.patch(Routes.channelMessage(channelId, messageId), { body: restBody(message) });
    },
  };

  const dispatchIn = (route: Route, event: InboundEvent) => {
    latestInChannel.set(route.channelId, route);
    const send = discordChannelSender({
      api,
      channelId: route.channelId,
      logger: logger.child({ conversation: route.conversation }),
      progressIntervalMs: options.progressIntervalMs ?? 1200,
      undelivered,
      conversation: route.conversation,
      onSession: (sessionId) => routes.set(sessionId, route),
    });
    return runner.dispatch(route.conversation, event, send);
  };

  /** A thread off `messageId` for the conversation, or the channel itself where threads are not allowed. */
  const threadOrChannel = async (channelId: string, messageId: string, name: string): Promise<string> => {
    try {
      const thread = (await client.rest.post(Routes.threads(channelId, messageId), {
        body: { name: name.slice(0, 100), auto_archive_duration: 1440 },
      })) as APIChannel;
      return thread.id;
    } catch (error) {
      logger.info({ err: error, channelId }, "no thread here; the conversation stays in the channel");
      return channelId;
    }
  };

  const onCommand = async (interaction: ChatInputCommandInteraction) => {
    await interaction.deferReply();
    const request = decodeDiscordCommand({
      commandName: interaction.commandName,
      options: interaction.options.data,
    });
    const user = interaction.user.id;
    work.push("command", async () => {
      if (request.kind === "invalid") return void (await interaction.editReply({ content: request.message }));
      if (request.kind === "handoff") {
        const route = latestInChannel.get(interaction.channelId);
        if (!route)
          return void (await interaction.editReply({ content: "No diagnosis has run in this channel yet." }));
        await interaction.editReply({ content: `Handing off the diagnosis in <#${route.channelId}>.` });
        return dispatchIn(route, { kind: "handoff", user, ...(request.to ? { to: request.to } : {}) });
      }
      const problem = findHostInputProblem(request.host);
      if (problem)
        return void (await interaction.editReply({ content: `I cannot use that host: ${problem}.` }));
      const root = await interaction.editReply({
        content: `<@${user}> started a Remote Desktop diagnosis of \`${request.host}\`.`,
        allowedMentions: { parse: [] },
      });
      const channelId = await threadOrChannel(interaction.channelId, root.id, `RDP ${request.host}`);
      const route = { conversation: `discord:${channelId}:${root.id}`, channelId };
      await dispatchIn(route, {
        kind: "start",
        host: request.host,
        ...(request.port === undefined ? {} : { port: request.port }),
        text: request.text,
        user,
        conversation: route.conversation,
        probing: true,
      });
    });
  };

  const onComponent = async (interaction: ButtonInteraction | StringSelectMenuInteraction) => {
    await interaction.deferUpdate();
    const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
    const decoded = decodeDiscordComponent(
      {
        customId: interaction.customId,
        ...(values ? { values } : {}),
        user: interaction.user,
        channelId: interaction.channelId,
      },
      knownIds,
    );
    work.push("click", async () => {
      if ("error" in decoded) return logger.warn({ error: decoded.error }, "undecodable Discord component");
      const { action, user, channel } = decoded;
      if (action.kind === "start-from-triage") {
        const route = { conversation: `discord:${channel}:${interaction.message.id}`, channelId: channel };
        return dispatchIn(route, {
          kind: "start",
          host: action.host,
          text: "",
          user,
          conversation: route.conversation,
          probing: true,
        });
      }
      const route = routes.get(decoded.sessionId);
      if (!route || (await store.load(route.conversation))?.id !== decoded.sessionId) {
        const content =
          "That button belongs to a diagnosis that is no longer running. Start a new one with `/rdp-fix host:<host>`.";
        await interaction
          .followUp({ content, flags: MessageFlags.Ephemeral })
          .catch((error: unknown) => logger.warn({ err: error }, "stale-click note not sent"));
        return;
      }
      await dispatchIn(route, chatActionToEvent(action, user));
    });
  };

  const onMessage = (message: Message) => {
    if (
      !triageActive ||
      message.author.bot ||
      message.system ||
      !options.triage.channels.includes(message.channelId)
    )
      return;
    if (!seen.firstSighting(`message:${message.id}`)) return;
    const report = detectRdpFailure(flow, message.content);
    if (!report) return;
    const host =
      report.host !== undefined && findHostInputProblem(report.host) === undefined ? report.host : undefined;
    logger.info({ triage: report.matched, channel: message.channelId }, "offering a diagnosis");
    work.push("triage", async () => {
      const channelId = await threadOrChannel(message.channelId, message.id, "Remote Desktop help");
      await api.post(channelId, renderDiscordTriageOffer(report, host));
    });
  };

  client.on(Events.InteractionCreate, (interaction) => {
    // A re-sent interaction (same id) is answered once; Discord would refuse a second callback anyway (40060).
    if (!seen.firstSighting(`interaction:${interaction.id}`)) return;
    const handle = interaction.isChatInputCommand()
      ? onCommand(interaction)
      : interaction.isButton() || interaction.isStringSelectMenu()
        ? onComponent(interaction)
        : undefined;
    handle?.catch((error: unknown) =>
      logger.error({ err: error, interaction: interaction.id }, "Discord interaction failed"),
    );
  });
  client.on(Events.MessageCreate, onMessage);
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js reported an error"));

  logger.info({ triageActive }, "Discord adapter started");
  return {
    triageActive,
    stop: async () => {
      await client.destroy();
      await work.drained();
    },
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

/** The JSON the REST API takes; discord.js spells allowed mentions differently from the wire. */
function restBody(message: DiscordMessage) {
  return {
    content: message.content ?? "",
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: message.allowedMentions.parse, users: message.allowedMentions.users },
  };
}

/** `rdp-fix discord register`: a bulk overwrite, so running it twice changes nothing. */
export async function registerDiscordCommands(config: DiscordConfig, guildId?: string): Promise<string[]> {
  const rest = new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const route = guildId
    ? Routes.applicationGuildCommands(config.applicationId, guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: discordCommandDefinitions })) as Array<{ name: string }>;
  return registered.map((command) => command.name);
}
