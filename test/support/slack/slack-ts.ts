/** Slack message ids are "<unix seconds>.<6-digit counter>" strings; tests compare them as text. */
export function formatSlackTs(seconds: number, micros: number): string {
  return `${seconds + Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, "0")}`;
}

/** A fresh, strictly increasing ts source: 1700000000.000100, .000200, ... from `startSeconds`. */
export function slackTsSequence(startSeconds = 1_700_000_000, stepMicros = 100): () => string {
  let micros = 0;
  return () => {
    micros += stepMicros;
    return formatSlackTs(startSeconds, micros);
  };
}

/**
 * Default ts for messages "typed by a user" in test payloads. It starts years before the fake API's
 * sequence so a user's message can never collide with one the bot posted.
 */
export const nextUserTs: () => string = slackTsSequence(1_600_000_000);
