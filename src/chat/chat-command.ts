/**
 * What a person asked the bot for, on any platform: a text command (`/rdp-fix host42 -p 3390 what you see`,
 * a mention) read by readTextCommand, or a platform's own options mapped to the same shape.
 */
export type ChatCommand =
  | { kind: "start"; host: string; port?: number; text: string }
  /** `to`: the person or group as the platform mentions them (`<@U1>`, a user id, `@Bob`). */
  | { kind: "handoff"; to?: string }
  | { kind: "help" }
  /** `message`: what to type instead, already safe in the platform's markup. */
  | { kind: "invalid"; message: string };
