import pino from "pino";
import { type RunningDiscordBot, startDiscordBot } from "../../../adapters/discord/discord-app.js";
import { anyoneMayProbe, type ChannelAndGroupAccess } from "../../../src/chat/channel-and-group-rule.js";
import { createChatService } from "../../../src/chat/chat-service.js";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import type { DnsLookup } from "../../../src/probes/dns-resolve.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import type { ProbeControl } from "../../../src/runtime/probe-control-config.js";
import { createTargetCheck } from "../../../src/runtime/probe-target-check.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import type { StateStore } from "../../../src/state/state-store.js";
import { shippedFlow } from "../engine-conversation.js";
import { offlineLookup } from "../offline-lookup.js";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import type { FakeDiscordMessage } from "./fake-discord-message-store.js";
import type { FakeDiscordOptions } from "./fake-discord-options.js";
import type { FakeInteraction } from "./fake-interactions.js";
import {
  buttonClickPayload,
  modalSubmitPayload,
  slashCommandPayload,
  stringSelectPayload,
} from "./interaction-payloads.js";

interface Component {
  label: string;
  customId: string;
  type: number;
  options?: Array<{ label: string; value: string }>;
}

/**
 * The real Discord adapter (the real discord.js Client) against the fake REST API and gateway, wired to the
 * real engine and probes, with a fake RDP endpoint on loopback as the host to diagnose.
 */
export async function startDiscordBotHarness(
  options: {
    fault?: string;
    triageChannels?: string[];
    fake?: FakeDiscordOptions;
    progressIntervalMs?: number;
    /** The state store (memory by default); replicas in one test share one. */
    store?: StateStore;
    replicaId?: string;
    /** What names resolve to, without DNS (anything else is NXDOMAIN). */
    names?: Record<string, readonly string[]>;
    /** Or the whole resolver seam, e.g. one whose answer changes between lookups. */
    lookup?: DnsLookup;
    /** Who may probe and how often (the defaults otherwise). */
    probeControl?: ProbeControl;
    /** Who may probe from Discord: the adapter's own rule (anyone otherwise). */
    probeAccess?: ChannelAndGroupAccess;
    /** How long a command's first message is retried before the person is told (2 min otherwise). */
    firstMessageBudgetMs?: number;
    gatewayLease?: { ttlMs?: number; everyMs?: number };
  } = {},
) {
  const fake: FakeDiscord = await startFakeDiscord(options.fake ?? {});
  const fault = findDemoFault(options.fault ?? "expired-cert");
  if (!fault) throw new Error(`unknown demo fault ${options.fault}`);
  const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  const lookup = options.lookup ?? offlineLookup(options.names);
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    // 3389 too, so a diagnosis of a name (host42) offers consent; the names resolve through offlineLookup.
    allowedPorts: [rdp.port, 3389],
  });
  const store = options.store ?? new MemoryStateStore();
  const logLines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  const flow = shippedFlow();
  const chat = createChatService({
    flow,
    store,
    runProbes: createProbeRunner({ policy, budgetMs: 4000, lookup }),
    logger,
    jobPollMs: 50,
    checkTarget: createTargetCheck(policy, lookup),
    ...(options.probeControl ? { probeControl: options.probeControl } : {}),
    ...(options.firstMessageBudgetMs ? { firstMessageBudgetMs: options.firstMessageBudgetMs } : {}),
    ...(options.replicaId ? { replicaId: options.replicaId } : {}),
  });
  const bot: RunningDiscordBot = await startDiscordBot(
    {
      connection: {
        token: "fake.token.value",
        applicationId: fakeDiscordIds.applicationId,
        apiUrl: fake.apiUrl,
      },
      triage: { enabled: (options.triageChannels ?? []).length > 0, channels: options.triageChannels ?? [] },
      probeAccess: options.probeAccess ?? anyoneMayProbe,
    },
    {
      flow,
      chat,
      logger,
      progressIntervalMs: options.progressIntervalMs ?? 50,
      ...(options.gatewayLease ? { gatewayLease: options.gatewayLease } : {}),
    },
  );
  await chat.start();

  return {
    ...discordTestClient(fake),
    fake,
    rdp,
    store,
    chat,
    logLines,
    bot,
    stop: async () => {
      await bot.stop();
      await chat.stop(2000);
      await rdp.close();
      await fake.close();
    },
  };
}

/**
 * What a person and Discord do to the bot through the fake: slash commands, clicks and picks as gateway
 * dispatches, and waiting for what the bot posted. Works for an in-process bot or a bot process.
 */
export function discordTestClient(fake: FakeDiscord) {
  const componentsOf = (message: FakeDiscordMessage): Component[] =>
    message.components.flatMap((row) =>
      ((row as { components?: Array<Record<string, unknown>> }).components ?? []).map((c) => ({
        label: String(c.label ?? c.placeholder ?? ""),
        customId: String(c.custom_id),
        type: Number(c.type),
        ...(Array.isArray(c.options)
          ? { options: c.options as Array<{ label: string; value: string }> }
          : {}),
      })),
    );
  /** Every message the bot posted, in every channel and thread, oldest first. */
  const botMessages = () =>
    fake.messagesIn(fakeDiscordIds.channelId).concat(fake.threads.flatMap((t) => fake.messagesIn(t.id)));

  return {
    componentsOf,
    botMessages,
    command: (commandOptions: Record<string, string | number>, name = "rdp-fix", roles?: string[]) =>
      fake.dispatch(
        "INTERACTION_CREATE",
        slashCommandPayload({ name, options: commandOptions, ...(roles ? { roles } : {}) }),
      ),
    click: (
      message: FakeDiscordMessage,
      label: string,
      user?: { id: string; username: string },
      roles?: string[],
    ) => {
      const button = componentsOf(message).find((c) => c.type === 2 && c.label === label);
      if (!button)
        throw new Error(
          `no "${label}" button; components: ${componentsOf(message)
            .map((c) => c.label)
            .join(", ")}`,
        );
      const who = user
        ? {
            user: {
              id: user.id,
              username: user.username,
              discriminator: "0",
              global_name: null,
              avatar: null,
            },
          }
        : {};
      return fake.dispatch(
        "INTERACTION_CREATE",
        buttonClickPayload({
          customId: button.customId,
          message: fake.apiMessage(message.id),
          channelId: message.channelId,
          ...who,
          ...(roles ? { roles } : {}),
        }),
      );
    },
    /** Fills in and submits the form the bot opened in answer to `interaction` (a modal callback). */
    submitModal: (opened: FakeInteraction, fields: Record<string, string>) => {
      const form = opened.callback?.data as { custom_id?: unknown } | undefined;
      if (opened.callback?.type !== 9 || typeof form?.custom_id !== "string")
        throw new Error(`interaction ${opened.id} was not answered with a form`);
      const message = opened.componentMessage;
      if (!message) throw new Error("a form opened from a button carries its message");
      return fake.dispatch(
        "INTERACTION_CREATE",
        modalSubmitPayload({ customId: form.custom_id, fields, message, channelId: message.channel_id }),
      );
    },
    choose: (message: FakeDiscordMessage, optionLabel: string) => {
      const select = componentsOf(message).find(
        (c) => c.type === 3 && c.options?.some((o) => o.label.includes(optionLabel)),
      );
      const option = select?.options?.find((o) => o.label.includes(optionLabel));
      if (!select || !option) throw new Error(`no select option "${optionLabel}"`);
      return fake.dispatch(
        "INTERACTION_CREATE",
        stringSelectPayload({
          customId: select.customId,
          values: [option.value],
          message: fake.apiMessage(message.id),
          channelId: message.channelId,
        }),
      );
    },
    /** Waits for a bot message anywhere (channel or thread) that satisfies the predicate, newest first. */
    waitForMessage: (predicate: (m: FakeDiscordMessage) => boolean, timeoutMs = 8000) =>
      fake.waitFor(() => [...botMessages()].reverse().find(predicate), timeoutMs),
  };
}

export type DiscordBotHarness = Awaited<ReturnType<typeof startDiscordBotHarness>>;

/** All the text a person sees in a Discord message: content, embeds and component labels. */
export function discordVisibleText(message: FakeDiscordMessage): string {
  return JSON.stringify([message.content, message.embeds, message.components]);
}

/** A predicate for waitForMessage: the message shows this text somewhere. */
export function discordShowing(fragment: string): (message: FakeDiscordMessage) => boolean {
  return (message) => discordVisibleText(message).includes(fragment);
}
