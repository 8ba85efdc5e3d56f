export interface AckPressureOptions {
  /** How long after the last acknowledged request the loop counts as quiet again. Default 50 ms. */
  quietMs?: number;
  clock?: () => number;
}

export interface AckPressure {
  /** A request was acknowledged (its work queued): more may be on the way. */
  acked(): void;
  /** Milliseconds until the loop counts as quiet; 0 when it is quiet now, or when the last request came alone. */
  busyForMs(): number;
}

/**
 * Whether chat requests are arriving now. Acks and background work share one event loop, and a platform
 * gives up on an ack after 3 seconds while a reply may come a little later: so while requests arrive, the
 * job worker holds back and their acks go first (issue 18: the ack tail was the worker's synchronous work).
 * A request that came alone is not a burst: its work starts at once, so one person clicking waits for nothing.
 */
export function createAckPressure(options: AckPressureOptions = {}): AckPressure {
  const quietMs = options.quietMs ?? 50;
  const clock = options.clock ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  return {
    acked() {
      previous = last;
      last = clock();
    },
    busyForMs() {
      if (last - previous >= quietMs) return 0;
      return Math.max(0, last + quietMs - clock());
    },
  };
}
