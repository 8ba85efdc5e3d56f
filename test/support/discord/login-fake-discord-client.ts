import { once } from "node:events";
import { Client, Events, type GatewayIntentBits, type RESTOptions } from "discord.js";
import { fakeDiscordClientOptions } from "./fake-discord-client-options.js";

/** The token tests log in with; the fake accepts any token unless started with `botToken`. */
export const fakeBotToken = "fake.token.value";

/**
 * A real discord.js Client logged in to the fake and past `clientReady` (the fake guild cached when the
 * fake announces it). `login()` resolves on READY, but `clientReady` waits for GUILD_CREATE, which may
 * already have arrived in the same socket read, hence the `isReady()` check before waiting.
 */
export async function loginFakeDiscordClient(
  fake: { apiUrl: string },
  intents: GatewayIntentBits[],
  rest: Partial<RESTOptions> = {},
): Promise<Client<true>> {
  const client = new Client(fakeDiscordClientOptions(fake, intents, rest));
  await client.login(fakeBotToken);
  if (!client.isReady()) await once(client, Events.ClientReady);
  return client as Client<true>;
}
