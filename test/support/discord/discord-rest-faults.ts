import { matchRoute } from "./match-route.js";
import { discordError, type RestAnswer } from "./rest-answer.js";

/**
 * What the fake does instead of answering normally: a rate limit (@discordjs/rest waits `retryAfterSeconds`
 * and retries, unless the client was built with `rejectOnRateLimit`), a 5xx (retried `rest.retries` times,
 * then HTTPError), a Discord JSON error such as `{ status: 404, code: 10062 }` (DiscordAPIError, never
 * retried), or a slow answer (the client's `rest.timeout` aborts it).
 */
export type DiscordFault =
  | { status: 429; retryAfterSeconds: number; global?: boolean; scope?: "user" | "shared" }
  | { status: 500 | 502 | 503 }
  | { status: number; code: number; message?: string }
  | { delayMs: number };

/** "POST /channels/:id/messages" (`:x` matches one segment, method "*" any), a RegExp on "METHOD /path", or a test. */
export type RouteMatcher = string | RegExp | ((request: { method: string; path: string }) => boolean);

export interface DiscordFaultQueue {
  failNext(matcher: RouteMatcher, fault: DiscordFault, times?: number): void;
  /** Every matching request gets `fault` for the next `ms` (an outage), before any pending failNext. */
  failFor(matcher: RouteMatcher, fault: DiscordFault, ms: number): void;
  /** The next pending fault for this request, consumed; undefined means answer normally. */
  take(method: string, path: string): DiscordFault | undefined;
}

export function createDiscordFaultQueue(): DiscordFaultQueue {
  const pending: {
    matches: (method: string, path: string) => boolean;
    fault: DiscordFault;
    remaining: number;
  }[] = [];
  const windows: {
    matches: (method: string, path: string) => boolean;
    fault: DiscordFault;
    until: number;
  }[] = [];
  return {
    failNext(matcher, fault, times = 1) {
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`failNext: times must be >= 1, got ${times}`);
      pending.push({ matches: toPredicate(matcher), fault, remaining: times });
    },
    failFor(matcher, fault, ms) {
      if (!(ms > 0)) throw new RangeError(`failFor: ms must be > 0, got ${ms}`);
      windows.push({ matches: toPredicate(matcher), fault, until: Date.now() + ms });
    },
    take(method, path) {
      const outage = windows.find((w) => Date.now() < w.until && w.matches(method, path));
      if (outage !== undefined) return outage.fault;
      const entry = pending.find((p) => p.remaining > 0 && p.matches(method, path));
      if (entry === undefined) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) pending.splice(pending.indexOf(entry), 1);
      return entry.fault;
    },
  };
}

function toPredicate(matcher: RouteMatcher): (method: string, path: string) => boolean {
  if (typeof matcher === "string") return (method, path) => matchRoute(matcher, method, path) !== undefined;
  if (matcher instanceof RegExp) return (method, path) => matcher.test(`${method} ${path}`);
  return (method, path) => matcher({ method, path });
}

/** The HTTP answer that stands for `fault`; a delay has none (the normal answer follows it). */
export function faultAnswer(fault: Exclude<DiscordFault, { delayMs: number }>): RestAnswer {
  if ("retryAfterSeconds" in fault) return rateLimited(fault);
  if ("code" in fault) return discordError(fault.status, fault.code, fault.message);
  return { status: fault.status, json: { message: `${fault.status}: Fake server error`, code: 0 } };
}

/**
 * A 429 with the headers @discordjs/rest reads (SequentialHandler/BurstHandler `runRequest`): `Retry-After`
 * sets the wait; `X-RateLimit-Global` makes it block every route; `X-RateLimit-Remaining: 0` with
 * `Reset-After` keeps the bucket closed until then. Discord sends `Retry-After` as whole seconds; the fake
 * sends what the test gave so tests can wait 0.2 s instead.
 */
function rateLimited(fault: {
  retryAfterSeconds: number;
  global?: boolean;
  scope?: "user" | "shared";
}): RestAnswer {
  const seconds = fault.retryAfterSeconds;
  const global = fault.global ?? false;
  const bucket = global
    ? { "x-ratelimit-global": "true", "x-ratelimit-scope": "global" }
    : {
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": (Date.now() / 1000 + seconds).toFixed(3),
        "x-ratelimit-reset-after": seconds.toFixed(3),
        "x-ratelimit-bucket": "fakebucket0000000000000000000000",
        "x-ratelimit-scope": fault.scope ?? "user",
      };
  return {
    status: 429,
    headers: { "retry-after": String(seconds), ...bucket },
    json: {
      message: "You are being rate limited.",
      retry_after: seconds,
      global,
      ...(global ? { code: 0 } : {}),
    },
  };
}
