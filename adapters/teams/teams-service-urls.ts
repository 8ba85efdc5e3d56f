import type { ChatService } from "../../src/chat/chat-service.js";

/**
 * Where each Teams channel or chat is answered (its activities' `serviceUrl`, vouched for by the token's
 * serviceurl claim), kept in the store so any replica, and a restarted process, can post there. The chat core
 * has no routing field per conversation, so the store's channel-to-conversation map holds it under a key
 * of its own (`teams-service-url:<channel>`); a dedicated field belongs in the core.
 */
export function teamsServiceUrls(chat: Pick<ChatService, "rememberLatest" | "latestIn">) {
  const known = new Map<string, string>();
  const key = (channel: string) => `teams-service-url:${channel}`;
  return {
    async remember(channel: string, serviceUrl: string): Promise<void> {
      if (known.get(channel) === serviceUrl) return;
      await chat.rememberLatest(key(channel), serviceUrl);
      known.set(channel, serviceUrl);
    },
    async of(channel: string): Promise<string> {
      const serviceUrl = known.get(channel) ?? (await chat.latestIn(key(channel)));
      if (serviceUrl === undefined) throw new Error(`no serviceUrl is known for Teams channel ${channel}`);
      known.set(channel, serviceUrl);
      return serviceUrl;
    },
  };
}

export type TeamsServiceUrls = ReturnType<typeof teamsServiceUrls>;
