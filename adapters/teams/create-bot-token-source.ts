import { z } from "zod";
import { TeamsTokenError } from "./teams-token-error.js";

export interface BotTokenSourceOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** What the Bot Connector accepts: a token for Bot Framework's API, for this app. */
const botFrameworkScope = "https://api.botframework.com/.default";
/** A token is replaced this long before it expires, so none expires in flight. */
const renewBeforeMs = 5 * 60_000;
const tokenShape = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });

/**
 * The bot's outbound token: a client credentials grant against TEAMS_TOKEN_URL, cached until shortly before
 * it expires (the SDK asks for it on every send), one request in flight however many sends wait for it.
 */
export function createBotTokenSource(options: BotTokenSourceOptions): () => Promise<string> {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const request = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: botFrameworkScope,
    });
    let response: Response;
    try {
      response = await get(options.tokenUrl, { method: "POST", body, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw new TeamsTokenError(`The token endpoint ${options.tokenUrl} could not be reached.`, {
        cause: error,
      });
    }
    const parsed = tokenShape.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !parsed.success)
      throw new TeamsTokenError(
        `The token endpoint ${options.tokenUrl} refused the app's credentials (HTTP ${response.status}).`,
      );
    const lifetimeMs = parsed.data.expires_in * 1000;
    cached = {
      token: parsed.data.access_token,
      renewAt: now() + Math.max(lifetimeMs - renewBeforeMs, lifetimeMs / 2),
    };
    return parsed.data.access_token;
  };

  return async () => {
    if (cached !== undefined && now() < cached.renewAt) return cached.token;
    pending ??= request().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
