import type { ClientOptions, GatewayIntentBits, RESTOptions } from "discord.js";

/**
 * Options that point a real discord.js Client at the fake: REST at `fake.apiUrl`, and through its
 * `GET /gateway/bot` the gateway too (discord.js has no gateway URL option). `retries: 0` makes a 5xx
 * fail at once instead of after three silent retries; pass `rest: { retries: 3 }` to test the retry.
 */
export function fakeDiscordClientOptions(
  fake: { apiUrl: string },
  intents: GatewayIntentBits[],
  rest: Partial<RESTOptions> = {},
): ClientOptions {
  return { intents, rest: { api: fake.apiUrl, retries: 0, ...rest } };
}
