import { retryByStatus } from "../../src/chat/retry-by-status.js";
import type { RetryVerdict } from "../../src/chat/retry-delivery.js";

/**
 * What a failed REST call means for another try, read from the error's shape (no SDK import needed).
 * @discordjs/rest has already retried a 5xx a few times at once and waited out 429s, so what reaches here is
 * an outage (HTTPError with a 5xx status, or no answer at all) or Discord's word that the call can never work
 * (DiscordAPIError with a 4xx, e.g. 50027 for an expired interaction token).
 */
export const discordRetryVerdict = (error: unknown): RetryVerdict =>
  retryByStatus((error as { status?: unknown } | null)?.status);
