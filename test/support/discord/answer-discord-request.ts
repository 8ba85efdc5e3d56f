import type { IncomingMessage } from "node:http";
import { type DiscordFaultQueue, faultAnswer } from "./discord-rest-faults.js";
import { discordRoutes, needsBotToken } from "./discord-routes.js";
import { matchRoute } from "./match-route.js";
import { parseRequestBody } from "./parse-request-body.js";
import { discordError, type RestAnswer, unauthorized } from "./rest-answer.js";
import type { FakeDiscordState } from "./route-request.js";

/** One REST call as the fake saw and answered it. */
export interface FakeDiscordCall {
  method: string;
  /** After `/api/v10`, each segment decoded (`%40original` reads `@original`). */
  path: string;
  /** The route pattern that answered, e.g. "PATCH /webhooks/:appId/:token/messages/:messageId"; undefined if none. */
  route: string | undefined;
  query: Record<string, string>;
  body: unknown;
  files: string[];
  /** The Authorization header as sent ("Bot <token>"); undefined on interaction routes, as discord.js sends them. */
  auth: string | undefined;
  at: number;
  status: number;
  response: unknown;
}

export interface RequestContext {
  state: FakeDiscordState;
  faults: DiscordFaultQueue;
  /** Only this bot token is accepted; undefined accepts any "Bot ..." header. */
  botToken: string | undefined;
  delay: (ms: number) => Promise<void>;
}

const apiPrefix = "/api/v10";

/** Decodes a request, applies any injected fault, checks the bot token, and runs the matching route. */
export async function answerDiscordRequest(
  req: IncomingMessage,
  raw: Buffer,
  { state, faults, botToken, delay }: RequestContext,
): Promise<{ call: FakeDiscordCall; answer: RestAnswer }> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const method = req.method ?? "GET";
  const path = url.pathname.startsWith(`${apiPrefix}/`)
    ? url.pathname.slice(apiPrefix.length).split("/").map(decodeURIComponent).join("/")
    : url.pathname;
  const { body, files } = await parseRequestBody(req.headers["content-type"], raw);
  const auth = req.headers.authorization;
  const found = discordRoutes.find(([pattern]) => matchRoute(pattern, method, path) !== undefined);
  const route = found?.[0];

  const answerFor = (): RestAnswer => {
    if (found === undefined || !url.pathname.startsWith(`${apiPrefix}/`)) return discordError(404, 0);
    if (needsBotToken(path) && !tokenAccepted(auth, botToken)) return unauthorized();
    const [pattern, handler] = found;
    const params = matchRoute(pattern, method, path) ?? {};
    return handler({ method, path, params, query: url.searchParams, body, files }, state);
  };
  const fault = faults.take(method, path);
  if (fault !== undefined && "delayMs" in fault) await delay(fault.delayMs);
  const answer = fault === undefined || "delayMs" in fault ? answerFor() : faultAnswer(fault);
  const query = Object.fromEntries(url.searchParams);
  const at = Date.now();
  return {
    call: { method, path, route, query, body, files, auth, at, status: answer.status, response: answer.json },
    answer,
  };
}

function tokenAccepted(auth: string | undefined, botToken: string | undefined): boolean {
  if (auth === undefined || !auth.startsWith("Bot ")) return false;
  return botToken === undefined || auth === `Bot ${botToken}`;
}
