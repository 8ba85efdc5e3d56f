import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { startDiscordBot } from "./discord-app.js";
import { type DiscordSettings, discordConfigSection } from "./discord-config.js";

/** Discord as `serve` registers it: its section of the configuration and how to start it. */
export const discordChatAdapter: ChatAdapter<DiscordSettings> = {
  name: "discord",
  config: discordConfigSection,
  howToEnable: "For Discord set DISCORD_TOKEN and DISCORD_APPLICATION_ID.",
  start: (settings, { flow, chat, logger, metrics, timing }) =>
    startDiscordBot(settings, {
      flow,
      chat,
      logger,
      // The lease is renewed three times per TTL, so one missed renewal does not hand the gateway over.
      gatewayLease: { ttlMs: timing.gatewayLeaseMs, everyMs: Math.max(500, timing.gatewayLeaseMs / 3) },
      ...(metrics ? { metrics } : {}),
    }),
};
