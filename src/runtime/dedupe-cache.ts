/**
 * Remembers delivery keys for a while so a retried or doubled delivery is handled once: Slack's Events API
 * retries (same event_id) and the message/app_mention pair (same channel + ts). `firstSighting` is atomic
 * within the process: check and record happen in one synchronous call, so two deliveries racing on the
 * event loop cannot both win.
 */
export class DedupeCache {
  readonly #expiries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is seen within the TTL; false for every repeat. */
  firstSighting(key: string): boolean {
    const now = this.now();
    this.#evictExpired(now);
    if (this.#expiries.has(key)) return false;
    this.#expiries.set(key, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.#expiries.size;
  }

  #evictExpired(now: number): void {
    // Insertion order is expiry order (one TTL for all), so stop at the first live key.
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now) return;
      this.#expiries.delete(key);
    }
  }
}
