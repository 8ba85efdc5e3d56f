/**
 * What a person asked the bot for, on any platform: a text command (`/rdp-fix host42 -p 3390 what you see`,
 * a mention) read by readTextCommand, or a platform's own options mapped to the same shape.
 */
export type ChatCommand =
  | { kind: "start"; host: string; port?: number; text: string }
  /** `to`: the person or group as the platform mentions them (`<@U1>`, a user id, `@Bob`). */
  | { kind: "handoff"; to?: string }
  | { kind: "help" }
  /** Watch an endpoint; `everyMs` absent: the default interval. Alerts go to a thread the command opens. */
  | { kind: "watch"; host: string; port?: number; everyMs?: number }
  | { kind: "watch-list" }
  | { kind: "unwatch"; host: string; port?: number }
  /** `message`: what to type instead, already safe in the platform's markup. */
  | { kind: "invalid"; message: string };
