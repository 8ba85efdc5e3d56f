import type { IncomingMessage, ServerResponse } from "node:http";

/** Slack's window: a request signed more than five minutes from now, either way, is not a fresh request. */
export const maxSlackRequestSkewSeconds = 5 * 60;

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts the other half of Slack's timestamp rule in front of Bolt's request listener: Bolt refuses a request
 * signed more than five minutes ago, but takes one signed for the future, so a captured request could be
 * replayed until then. Such a request gets Bolt's answer to a bad signature, 401, and never reaches Bolt. A
 * request without the header (an unsigned POST, which Bolt refuses) is left to Bolt.
 */
export function refuseSkewedSlackRequests(
  bolt: RequestListener,
  onRefused: (skewSeconds: number) => void,
  nowMs: () => number = Date.now,
): RequestListener {
  return (req, res) => {
    const skew = skewSeconds(req.headers["x-slack-request-timestamp"], nowMs());
    if (skew !== undefined && Math.abs(skew) > maxSlackRequestSkewSeconds) {
      onRefused(skew);
      res.writeHead(401).end();
      return;
    }
    bolt(req, res);
  };
}

/** Seconds from now to the request's timestamp (positive: the future); undefined when there is none to read. */
function skewSeconds(header: string | string[] | undefined, nowMs: number): number | undefined {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return undefined;
  return Number(header) - Math.floor(nowMs / 1000);
}
