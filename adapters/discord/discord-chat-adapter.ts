import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { type DiscordSettings, discordConfigSection } from "./discord-config.js";

/**
 * Discord as `serve` registers it: its section of the configuration and how to start it. The bot (and with it
 * discord.js) is imported only when Discord is configured, so the CLI's other commands do not pay for loading it.
 */
export const discordChatAdapter: ChatAdapter<DiscordSettings> = {
  name: "discord",
  config: discordConfigSection,
  howToEnable: "For Discord set DISCORD_TOKEN and DISCORD_APPLICATION_ID.",
  start: async (settings, { flow, chat, logger, metrics, timing }) =>
    (await import("./discord-app.js")).startDiscordBot(settings, {
      flow,
      chat,
      logger,
      // The lease is renewed three times per TTL, so one missed renewal does not hand the gateway over.
      gatewayLease: { ttlMs: timing.gatewayLeaseMs, everyMs: Math.max(500, timing.gatewayLeaseMs / 3) },
      ...(metrics ? { metrics } : {}),
    }),
};
