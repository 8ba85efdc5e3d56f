import { fakeDiscordIds } from "./fake-discord-ids.js";
import { discordError, jsonAnswer } from "./rest-answer.js";
import { param, type RouteHandler } from "./route-request.js";

/**
 * `GET`/`PUT /applications/:appId/commands` and `.../guilds/:guildId/commands`: list, or bulk overwrite
 * (what `rest.put(Routes.applicationGuildCommands(...), { body })` does at deploy time).
 */
export const applicationCommands: RouteHandler = (request, state) => {
  if (param(request, "appId") !== fakeDiscordIds.applicationId)
    return discordError(403, 50001, "Missing Access");
  const { guildId } = request.params;
  if (request.method === "GET") return jsonAnswer(state.commands.list(guildId));
  const stored = state.commands.overwrite(guildId, request.body);
  if (stored.every((c) => typeof c !== "string")) return jsonAnswer(stored);
  return discordError(400, 50035, "Invalid Form Body", { errors: { _fake: stored } });
};
