import type { FakeChannels } from "./fake-channels.js";
import type { FakeCommands } from "./fake-commands.js";
import type { FakeDiscordMessageStore } from "./fake-discord-message-store.js";
import type { FakeInteractions } from "./fake-interactions.js";
import type { RestAnswer } from "./rest-answer.js";

/** One REST request, decoded: `path` is after `/api/v10`, with `%40original` back to `@original`. */
export interface RouteRequest {
  method: string;
  path: string;
  /** The `:named` segments of the matched route pattern. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON, or the `payload_json` of a multipart upload; undefined without a body. */
  body: unknown;
  /** File names of a multipart upload. */
  files: string[];
}

/** Everything the route handlers share. */
export interface FakeDiscordState {
  store: FakeDiscordMessageStore;
  channels: FakeChannels;
  interactions: FakeInteractions;
  commands: FakeCommands;
  /** Discord's 3 s to acknowledge an interaction; a later callback gets 10062 Unknown interaction. */
  ackWindowMs: number;
  /** Discord's 15 min an interaction token lives; later webhook calls get 50027 Invalid Webhook Token. */
  tokenLifetimeMs: number;
  gatewayUrl: string;
}

export type RouteHandler = (request: RouteRequest, state: FakeDiscordState) => RestAnswer;

/** A `:named` segment; every handler is registered under a pattern that has it, so a miss is a fake bug. */
export function param(request: RouteRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined) throw new Error(`fake Discord route for ${request.path} has no :${name}`);
  return value;
}

/** The body as a record (Discord's JSON bodies are objects), empty when absent. */
export function bodyFields(request: RouteRequest): Record<string, unknown> {
  const { body } = request;
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}
