import { fakeDiscordIds } from "../discord/fake-discord-ids.js";
import { fencedBotEnv } from "./fenced-bot-env.js";

/** The environment of a Discord bot process for tests, against the fake REST API and gateway. */
export function discordBotEnv(options: Parameters<typeof fencedBotEnv>[0] & { apiUrl: string }) {
  return {
    DISCORD_TOKEN: "fake.token.value",
    DISCORD_APPLICATION_ID: fakeDiscordIds.applicationId,
    DISCORD_API_URL: options.apiUrl,
    ...fencedBotEnv(options),
  };
}
