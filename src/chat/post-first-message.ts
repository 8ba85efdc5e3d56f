import type { Logger } from "pino";
import { type DeliveryAttempt, type RetryDeliveryOptions, retryDelivery } from "./retry-delivery.js";

/** What a command's conversation opens with, and the way back to the person who typed the command. */
export interface FirstMessage<T> {
  host: string;
  /** The message the conversation hangs off (a channel message, or the command's deferred reply). */
  post: DeliveryAttempt<T>;
  /**
   * The command's own reply channel, which often still answers while posting fails: a response URL or an
   * interaction token the platform gave with the command (valid for minutes, longer than the retries last).
   */
  tell(text: string): DeliveryAttempt<void>;
}

export interface FirstMessagePacing extends Omit<RetryDeliveryOptions, "until" | "onRetry"> {
  /** Posting stops trying at this epoch ms; telling the person gets as long again, both within `deadline`. */
  until: number;
  /** The job's deadline: nothing is tried after it. */
  deadline: number;
  logger: Logger;
  onRetry?(): void;
}

/**
 * Posts the first message of a command's conversation, retrying with backoff; when it cannot be posted in
 * time, says so to the person through the command's reply channel and logs the loss, so a command never
 * vanishes without a word. Resolves with the posted message, or undefined when there is none.
 */
export async function postFirstMessage<T>(
  first: FirstMessage<T>,
  pacing: FirstMessagePacing,
): Promise<T | undefined> {
  const { logger, deadline, until, ...timing } = pacing;
  const clock = timing.clock ?? Date.now;
  const startedAt = clock();
  const onRetry = () => pacing.onRetry?.();
  const posted = await retryDelivery(first.post, { ...timing, onRetry, until: Math.min(until, deadline) });
  if (posted.ok) return posted.value;
  const triedForMs = clock() - startedAt;
  const failure = { err: posted.error, host: first.host, attempts: posted.attempts, triedForMs };
  logger.error(failure, "could not post the diagnosis root message; telling the person who asked");
  const text = `Sorry, I could not start the diagnosis of \`${first.host}\`: posting to this channel kept failing for ${Math.max(1, Math.round(triedForMs / 1000))} s. Please run the command again in a few minutes.`;
  const tellUntil = Math.min(deadline, clock() + (until - startedAt));
  const told = await retryDelivery(first.tell(text), { ...timing, onRetry, until: tellUntil });
  if (told.ok) logger.warn({ host: first.host }, "told the person that the diagnosis could not start");
  else
    logger.error(
      { err: told.error, host: first.host },
      "could not tell the person either: the command is lost",
    );
  return undefined;
}
