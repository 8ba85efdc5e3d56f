import { z } from "zod";

export interface ClientCredentialsOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** What the token is for (the API's `.default` scope). */
  scope: string;
  /** The error a caller gets when no token can be had: its platform's stable code and advice. Never the secret. */
  unavailable: (message: string, cause?: unknown) => Error;
  fetch?: typeof fetch;
  now?: () => number;
}

/** A token is replaced this long before it expires, so none expires in flight. */
const renewBeforeMs = 5 * 60_000;
const tokenShape = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });

/**
 * An app's own token by the OAuth 2.0 client credentials grant, cached until shortly before it expires (SDKs
 * ask for it on every send), one request in flight however many sends wait for it.
 */
export function clientCredentialsToken(options: ClientCredentialsOptions): () => Promise<string> {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const request = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: options.scope,
    });
    let response: Response;
    try {
      response = await get(options.tokenUrl, { method: "POST", body, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw options.unavailable(`The token endpoint ${options.tokenUrl} could not be reached.`, error);
    }
    const parsed = tokenShape.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !parsed.success)
      throw options.unavailable(
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
