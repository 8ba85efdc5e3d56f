import type { IncomingMessage } from "node:http";
import type { ApiAnswer } from "../slack/answer-api-method.js";
import { startLoopbackJsonServer } from "../slack/start-loopback-json-server.js";
import { makeSigningKey, type SigningKey } from "./bot-connector-signer.js";
import { teamsIds } from "./teams-activities.js";

export interface TokenRequest {
  grantType: string | null;
  clientId: string | null;
  clientSecret: string | null;
  scope: string | null;
}

/** One call the bot made to the Bot Connector REST API. */
export interface ConnectorCall {
  method: "POST" | "PUT";
  conversationId: string;
  /** The activity replied to (POST) or updated (PUT); absent for a new message in the conversation. */
  activityId?: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeMicrosoftOptions {
  /** The bot's app id and tenant; by default the test bot's of teams-activities.ts. */
  clientId?: string;
  clientSecret: string;
  tenantId?: string;
  /** `expires_in` of every issued token, in seconds. */
  tokenLifetimeSeconds?: number;
}

/**
 * Microsoft's side of a Teams bot, on 127.0.0.1 only: the Bot Framework OpenID metadata and its JWKS (RSA
 * keys made at test time, endorsed for msteams), the AAD token endpoint (client credentials grant) and the
 * Bot Connector REST API. It records what the bot asks for, so tests assert on requests, not on mocks.
 */
export async function startFakeMicrosoft(given: FakeMicrosoftOptions) {
  const options = { clientId: teamsIds.clientId, tenantId: teamsIds.tenantId, ...given };
  const keys: SigningKey[] = [await makeSigningKey("key-1")];
  const issued = new Set<string>();
  const tokenRequests: TokenRequest[] = [];
  const calls: ConnectorCall[] = [];
  const fetches = { metadata: 0, keys: 0 };
  let nextActivity = 1;
  const throttled: number[] = [];

  const answer = async (req: IncomingMessage, raw: string): Promise<ApiAnswer> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/botframework/v1/.well-known/openidconfiguration") {
      fetches.metadata += 1;
      return {
        status: 200,
        json: {
          issuer: "https://api.botframework.com",
          jwks_uri: `${server.baseUrl}/botframework/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        },
      };
    }
    if (req.method === "GET" && url.pathname === "/botframework/v1/.well-known/keys") {
      fetches.keys += 1;
      return { status: 200, json: { keys: keys.map((key) => key.jwk) } };
    }
    if (req.method === "POST" && url.pathname === `/${options.tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(raw);
      const request = {
        grantType: form.get("grant_type"),
        clientId: form.get("client_id"),
        clientSecret: form.get("client_secret"),
        scope: form.get("scope"),
      };
      tokenRequests.push(request);
      if (request.clientId !== options.clientId || request.clientSecret !== options.clientSecret)
        return { status: 401, json: { error: "invalid_client" } };
      const token = `fake-bot-token-${tokenRequests.length}`;
      issued.add(token);
      const expiresIn = options.tokenLifetimeSeconds ?? 3600;
      return { status: 200, json: { token_type: "Bearer", expires_in: expiresIn, access_token: token } };
    }
    // For a bench in another process: how many activities the bot has posted so far.
    if (req.method === "GET" && url.pathname === "/test/calls")
      return { status: 200, json: { count: calls.length } };
    const connector = /^\/teams\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (connector && (req.method === "POST" || (req.method === "PUT" && connector[2] !== undefined))) {
      const authorization = req.headers.authorization;
      if (!issued.has(authorization?.replace(/^Bearer /, "") ?? ""))
        return { status: 401, json: { error: { code: "Unauthorized" } } };
      // The Bot Connector's throttling: 429 with Retry-After in seconds, the call not taken.
      const retryAfter = throttled.shift();
      if (retryAfter !== undefined)
        return {
          status: 429,
          json: { error: { code: "TooManyRequests" } },
          headers: { "retry-after": String(retryAfter) },
        };
      const activityId = connector[2] === undefined ? undefined : decodeURIComponent(connector[2]);
      calls.push({
        method: req.method,
        conversationId: decodeURIComponent(connector[1] ?? ""),
        ...(activityId === undefined ? {} : { activityId }),
        body: JSON.parse(raw) as Record<string, unknown>,
        authorization,
      });
      return {
        status: req.method === "PUT" ? 200 : 201,
        json: { id: activityId ?? `activity-${nextActivity++}` },
      };
    }
    return { status: 404, json: { error: `no route for ${req.method} ${url.pathname}` } };
  };
  const server = await startLoopbackJsonServer(answer);

  return {
    keys,
    tokenRequests,
    calls,
    fetches,
    /** Where the bot reads the inbound token keys from (TEAMS_OPENID_METADATA_URL). */
    openIdMetadataUrl: `${server.baseUrl}/botframework/v1/.well-known/openidconfiguration`,
    /** Where the bot gets its outbound token (TEAMS_TOKEN_URL). */
    tokenUrl: `${server.baseUrl}/${options.tenantId}/oauth2/v2.0/token`,
    /** The activities' `serviceUrl`: where the bot answers (with a trailing slash, as Teams sends it). */
    serviceUrl: `${server.baseUrl}/teams/`,
    /** Answers the next Bot Connector call with a 429 carrying `Retry-After: seconds`, as its throttling does. */
    throttleNext(seconds: number) {
      throttled.push(seconds);
    },
    /** Publishes another key, as Microsoft does when it rolls keys; bots learn of it from an unknown kid. */
    async addKey(kid: string): Promise<SigningKey> {
      const key = await makeSigningKey(kid);
      keys.push(key);
      return key;
    },
    close: () => server.close(),
  };
}

export type FakeMicrosoft = Awaited<ReturnType<typeof startFakeMicrosoft>>;
