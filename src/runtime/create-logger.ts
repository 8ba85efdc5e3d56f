import { type DestinationStream, type Logger, pino } from "pino";
import type { LogLevel } from "./serve-config-section.js";

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go: stdout by default; tests pass a stream and read the objects back. */
  destination?: DestinationStream;
}

export interface SessionLogContext {
  sessionId: string;
  conversation: string;
  /** The platform's registered name, or "terminal". */
  platform: string;
}

const censor = "[Redacted]";

/** The places our own code and Bolt's payloads put credentials; pino redacts these before anything else. */
const redactPaths = [
  "token",
  "*.token",
  "*.*.token",
  "botToken",
  "*.botToken",
  "*.*.botToken",
  "appToken",
  "*.appToken",
  "*.*.appToken",
  "signingSecret",
  "*.signingSecret",
  "*.*.signingSecret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * The safety net behind the explicit paths, for what nobody thought to list: an SDK error with the
 * request config attached, a payload logged whole. Matched on the key at any depth. Deliberately not
 * "…key" or "…signature": certificate facts (key size, signature algorithm) are what the logs are for.
 * A webhook's signature header (`X-<vendor>-Signature...`, as Slack and others send) is a credential of
 * the request, so any `x-` header naming a signature is hidden.
 */
const secretKey = /(token|secret|password|passphrase|authorization|cookie|api[-_]?key)$|^x-.*signature/i;

/**
 * Credentials that announce themselves in free text: Slack tokens (the prefix is kept, it says what
 * leaked), bearer credentials, and three-part tokens such as Discord bot tokens and JWTs.
 */
const secretText: readonly RegExp[] = [
  /(?<=\b(?:xox[a-z]|xapp)-)[A-Za-z0-9-]+/g,
  /(?<=\bBearer\s+)[\w.~+/=-]+/gi,
  /\b[\w-]{24,}\.[\w-]{6,}\.[\w-]{27,}/g,
];

/** Text with every credential pattern replaced by "[Redacted]". */
export function redactSecretText(text: string): string {
  return secretText.reduce((result, pattern) => result.replace(pattern, censor), text);
}

const maxDepth = 10;

/** A redacted copy, the way JSON.stringify would see it; the caller's objects are never touched. */
function redactValue(value: unknown, depth: number, ancestors: readonly object[]): unknown {
  if (typeof value === "string") return redactSecretText(value);
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.includes(value)) return "[Circular]";
  if (depth > maxDepth) return "[Too deep]";
  // Errors keep their type, message, stack and causes through pino's own serializer, then get walked.
  if (value instanceof Error) return redactValue(pino.stdSerializers.err(value), depth, ancestors);
  const toJSON: unknown = Reflect.get(value, "toJSON");
  if (typeof toJSON === "function") return redactValue(toJSON.call(value), depth, ancestors);
  const inside = [...ancestors, value];
  if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, depth + 1, inside));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const hidden = secretKey.test(key) && item !== undefined && item !== null && typeof item !== "boolean";
    copy[key] = hidden ? censor : redactValue(item, depth + 1, inside);
  }
  return copy;
}

function redactObject(object: Record<string, unknown>): Record<string, unknown> {
  return redactValue(object, 0, []) as Record<string, unknown>;
}

/**
 * The process's JSON logger. Credentials are redacted by path, by key name (…token, …secret, authorization
 * and so on, at any depth) and by pattern in string values, including the message and errors.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const settings = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor },
    // formatters.log sees every logged object before the serializers, so Errors become plain objects there;
    // the err serializer must then pass them through instead of serializing them a second time.
    formatters: { log: redactObject, bindings: redactObject },
    serializers: {
      err: (error: unknown) => redactValue(error, 0, []),
      msg: (message: unknown) => (typeof message === "string" ? redactSecretText(message) : message),
    },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

/** The child logger for one conversation's session: every line it writes says which session it is about. */
export function sessionLogger(logger: Logger, context: SessionLogContext): Logger {
  return logger.child({
    sessionId: context.sessionId,
    conversation: context.conversation,
    platform: context.platform,
  });
}
