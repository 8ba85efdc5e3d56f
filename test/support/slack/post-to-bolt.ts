import type { SignedSlackRequest } from "./sign-slack-request.js";

export interface BoltReply {
  status: number;
  /** The raw text: what ack(...) answered, "" for a bare ack. */
  body: string;
  elapsedMs: number;
}

/** POSTs a signed request to a Bolt HTTP receiver, refusing anything but loopback (tests never leave the box). */
export async function postToBolt(
  baseUrl: string,
  path: string,
  request: SignedSlackRequest,
): Promise<BoltReply> {
  const url = new URL(path, baseUrl);
  if (url.hostname !== "127.0.0.1")
    throw new Error(`postToBolt only talks to 127.0.0.1, not ${url.hostname}`);
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.text();
  return { status: response.status, body, elapsedMs: Math.round(performance.now() - started) };
}
