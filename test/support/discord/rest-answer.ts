/** One HTTP answer of the fake REST API. No `json` means an empty body and no content-type. */
export interface RestAnswer {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export const jsonAnswer = (json: unknown, status = 200): RestAnswer => ({ status, json });

/**
 * 204 with no body and, crucially, no content-type: @discordjs/rest parses any `application/json`
 * answer, and an empty one crashes the client with "Unexpected end of JSON input".
 */
export const noContent = (): RestAnswer => ({ status: 204 });

/** Discord's JSON error codes the fake uses, with the messages Discord sends for them. */
export const discordErrorMessages = {
  0: "404: Not Found",
  10003: "Unknown Channel",
  10008: "Unknown Message",
  10015: "Unknown Webhook",
  10062: "Unknown interaction",
  40060: "Interaction has already been acknowledged.",
  50005: "Cannot edit a message authored by another user",
  50006: "Cannot send an empty message",
  50027: "Invalid Webhook Token",
  50035: "Invalid Form Body",
  160004: "A thread has already been created for this message",
} as const;

export type DiscordErrorCode = keyof typeof discordErrorMessages;

/** `{ code, message }` as Discord sends it; discord.js turns it into `DiscordAPIError[code]`. */
export function discordError(
  status: number,
  code: number,
  message: string = discordErrorMessages[code as DiscordErrorCode] ?? "Fake error",
  extra: Record<string, unknown> = {},
): RestAnswer {
  return { status, json: { message, code, ...extra } };
}

/** What Discord sends for a missing or wrong bot token. */
export const unauthorized = (): RestAnswer => discordError(401, 0, "401: Unauthorized");
