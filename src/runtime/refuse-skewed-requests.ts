import type { HttpHandler } from "./http-server.js";

export interface SkewWindow {
  /** The header holding the Unix seconds the sender signed the request at. */
  header: string;
  /** How far from now, either way, a signed time may be before the request is not a fresh one. */
  maxSkewSeconds: number;
  onRefused(skewSeconds: number): void;
  nowMs?: () => number;
}

/**
 * Puts a signed-timestamp window in front of a webhook's handler, both ways: an SDK that refuses requests
 * signed too long ago but takes one signed for the future lets a captured request be replayed until then.
 * Such a request gets the answer to a bad signature, 401, and never reaches the handler. A request without
 * the header (an unsigned POST, which the handler refuses) is left to the handler.
 */
export function refuseSkewedRequests(handler: HttpHandler, window: SkewWindow): HttpHandler {
  const now = window.nowMs ?? Date.now;
  return (req, res) => {
    const skew = skewSeconds(req.headers[window.header], now());
    if (skew !== undefined && Math.abs(skew) > window.maxSkewSeconds) {
      window.onRefused(skew);
      res.writeHead(401).end();
      return;
    }
    handler(req, res);
  };
}

/** Seconds from now to the request's timestamp (positive: the future); undefined when there is none to read. */
function skewSeconds(header: string | string[] | undefined, nowMs: number): number | undefined {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return undefined;
  return Number(header) - Math.floor(nowMs / 1000);
}
