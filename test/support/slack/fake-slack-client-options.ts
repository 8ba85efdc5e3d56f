import type { webApi } from "@slack/bolt";
import type { FakeSlackApi } from "./fake-slack-api.js";

/**
 * WebClientOptions that point Bolt at the fake. A fresh object per App on purpose: App stores the object it
 * is given and writes its logger into it, and the SocketModeClient writes a retryConfig into the same object.
 *
 * Socket Mode needs nothing else: App hands these same clientOptions to the SocketModeReceiver as
 * `installerOptions.clientOptions`, whose SocketModeClient builds its own WebClient from them (with the app
 * token as a Bearer header) to call apps.connections.open. Do not set `headers` here: that WebClient spreads
 * the options after its own `headers`, so any `headers` replaces the app token's Authorization header.
 */
export function fakeSlackClientOptions(api: FakeSlackApi): webApi.WebClientOptions {
  return {
    slackApiUrl: api.slackApiUrl,
    // The default (10 retries over ~30 min) would turn an injected fault into a hung test.
    retryConfig: { retries: 0 },
    // Surface a 429 as WebAPIRateLimitedError instead of pausing the client's whole queue for Retry-After.
    rejectRateLimitedCalls: true,
    timeout: 2000,
  };
}
