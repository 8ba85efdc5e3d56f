import {
  type Activity,
  ConversationActivityClient,
  type InvokeResponse,
  type IToken,
  JsonWebToken,
  PUBLIC,
  withOverrides,
} from "@microsoft/teams.api";
import { App, type IHttpServerRequest, type IHttpServerResponse } from "@microsoft/teams.apps";
import type { ILogger, LogLevel } from "@microsoft/teams.common";
import type { Logger } from "pino";
import type { TeamsConfig } from "./read-teams-config.js";
import type { RequestVerdict } from "./verify-bot-connector-request.js";

export interface TeamsAppOptions {
  config: TeamsConfig;
  /** Our own check of every request, run before the SDK sees it (botConnectorVerifier). */
  verify: (authorization: string | undefined, activity: unknown) => Promise<RequestVerdict>;
  /** The outbound token (createBotTokenSource), given so that the SDK never asks MSAL for one. */
  token: () => Promise<string>;
  onRefused?: (verdict: Extract<RequestVerdict, { ok: false }>) => void;
  logger: Logger;
}

/** What the bot does with each verified activity; what it returns answers an invoke (a refreshed card). */
export type TeamsListener = (activity: Activity) => Promise<InvokeResponse | undefined>;

/**
 * The one file that touches the Teams SDK (@microsoft/teams.apps 2.0.16). Every request passes `verify`
 * (signature, issuer, audience, expiry, and what the SDK lacks: the msteams endorsement, the tenant
 * allow-list) and only then reaches the SDK, through `app.process` with the token we verified. The SDK's own
 * route, and with it its second check of the same token, is never served: its server adapter below registers
 * nothing, so no request can reach the SDK unverified, and its check (left on) would only repeat ours.
 */
export async function createTeamsApp(
  options: TeamsAppOptions,
  onActivity: TeamsListener,
): Promise<(request: IHttpServerRequest) => Promise<IHttpServerResponse>> {
  const { config } = options;
  const app = new App({
    clientId: config.clientId,
    // Not undefined: the SDK would read CLIENT_SECRET from the environment and prefer MSAL to `token` for
    // its own sends (ours go through teamsConnector, which always carries `token`).
    clientSecret: "",
    tenantId: config.tenantIds[0],
    token: () => options.token(),
    cloud: withOverrides(PUBLIC, { openIdMetadataUrl: config.openIdMetadataUrl }),
    dangerouslyAllowUnauthenticatedRequests: false,
    logger: sdkLogger(options.logger),
    httpServerAdapter: { registerRoute() {} },
  });
  app.use(async ({ activity }) => onActivity(activity));
  await app.initialize();
  return async (request) => {
    const header = request.headers.authorization;
    const verdict = await options.verify(Array.isArray(header) ? header[0] : header, request.body);
    if (!verdict.ok) {
      options.onRefused?.(verdict);
      return { status: 401, body: { error: "unauthorized" } };
    }
    // The token passed every check above, which is what JsonWebToken (a reader, not a checker) asks of it;
    // its optional getters only miss `exactOptionalPropertyTypes`, hence the cast.
    const token = new JsonWebToken(verdict.token) as IToken;
    const { status, body } = await app.process({ token, body: request.body as Activity });
    return { status: status || 200, body };
  };
}

/** The Bot Connector REST API at one conversation's serviceUrl (any replica can speak anywhere). */
export type TeamsConnector = Pick<ConversationActivityClient, "create" | "update">;

/**
 * The SDK's Bot Connector client for any serviceUrl, every call carrying the bot's own token (`token`:
 * createBotTokenSource, so TEAMS_TOKEN_URL is honoured where the SDK's MSAL path would not be).
 */
export function teamsConnector(token: () => Promise<string>) {
  // Teams sends serviceUrls with a trailing slash; the SDK's client appends "/v3/..." to it as it is.
  return (serviceUrl: string) => new ConversationActivityClient(serviceUrl.replace(/\/+$/, ""), { token });
}

/** The SDK's log lines into our pino logger (it would print to the console otherwise). */
function sdkLogger(logger: Logger, name = "teams-sdk"): ILogger {
  const log = (level: LogLevel, ...msg: unknown[]) =>
    logger[level === "error" || level === "warn" || level === "info" ? level : "debug"](
      { sdk: name, detail: msg.slice(1) },
      String(msg[0]),
    );
  return {
    debug: (...msg) => log("debug", ...msg),
    info: (...msg) => log("info", ...msg),
    warn: (...msg) => log("warn", ...msg),
    error: (...msg) => log("error", ...msg),
    trace: (...msg) => log("trace", ...msg),
    log,
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
}
