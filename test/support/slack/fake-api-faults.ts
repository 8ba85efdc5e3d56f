import type { ApiAnswer } from "./answer-api-method.js";

/**
 * What the fake does instead of answering normally. The shapes follow what the WebClient reacts to:
 * a 429 with `Retry-After` (without it the client aborts with a plain Error), another non-200 status
 * (WebAPIHTTPError), HTTP 200 with `ok:false` (WebAPIPlatformError), or a slow answer (client timeout).
 */
export type FakeApiFault =
  | { status: 429; retryAfterSeconds?: number }
  | { status: 500 | 502 | 503 }
  | { okFalse: string }
  | { delayMs: number };

export interface FaultQueue {
  /** `method` is a Web API method, or "response_url" for posts to response URLs. */
  failNext(method: string, fault: FakeApiFault, times?: number): void;
  /** Every call to `method` gets `fault` for the next `ms` (an outage), before any pending failNext. */
  failFor(method: string, fault: FakeApiFault, ms: number): void;
  /** The next pending fault for `method`, consumed; undefined means answer normally. */
  take(method: string): FakeApiFault | undefined;
}

export function createFaultQueue(): FaultQueue {
  const pending: { method: string; fault: FakeApiFault; remaining: number }[] = [];
  const windows: { method: string; fault: FakeApiFault; until: number }[] = [];
  return {
    failNext(method, fault, times = 1) {
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`failNext: times must be >= 1, got ${times}`);
      pending.push({ method, fault, remaining: times });
    },
    failFor(method, fault, ms) {
      if (!(ms > 0)) throw new RangeError(`failFor: ms must be > 0, got ${ms}`);
      windows.push({ method, fault, until: Date.now() + ms });
    },
    take(method) {
      const outage = windows.find((w) => w.method === method && Date.now() < w.until);
      if (outage !== undefined) return outage.fault;
      const entry = pending.find((p) => p.method === method && p.remaining > 0);
      if (entry === undefined) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) pending.splice(pending.indexOf(entry), 1);
      return entry.fault;
    },
  };
}

/** The HTTP answer that stands for `fault`; a delay has none (the normal answer follows it). */
export function faultAnswer(fault: Exclude<FakeApiFault, { delayMs: number }>): ApiAnswer {
  if ("okFalse" in fault) return { status: 200, json: { ok: false, error: fault.okFalse } };
  if (fault.status === 429) {
    const headers =
      fault.retryAfterSeconds === undefined ? {} : { "retry-after": String(fault.retryAfterSeconds) };
    return { status: 429, json: { ok: false, error: "ratelimited" }, headers };
  }
  return { status: fault.status, json: { ok: false, error: "fake_server_error" } };
}
