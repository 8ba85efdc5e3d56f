/** Items written together at the end of the event loop's turn, each caller resolved with its own answer. */
export interface TurnBatch<I, O> {
  add(item: I): Promise<O>;
  /** Writes what is waiting now (before the store closes). */
  flush(): void;
}

/**
 * Gathers the writes of one turn of the event loop into one `writeAll` call (one transaction). A synchronous
 * store commits on the loop that acknowledges chat requests: a burst of deliveries written one commit each
 * held the acks of the rest of the burst up, one commit for the lot barely does. `writeAll` answers item by
 * item in order; when it throws, every item of the batch fails with its error.
 */
export function turnBatch<I, O>(writeAll: (items: readonly I[]) => O[]): TurnBatch<I, O> {
  let waiting: Array<{ item: I; resolve: (answer: O) => void; reject: (error: unknown) => void }> = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      const answers = writeAll(batch.map((w) => w.item));
      for (const [i, w] of batch.entries()) w.resolve(answers[i] as O);
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  };
  return {
    add: (item) =>
      new Promise<O>((resolve, reject) => {
        if (waiting.push({ item, resolve, reject }) === 1) setImmediate(flush);
      }),
    flush,
  };
}
