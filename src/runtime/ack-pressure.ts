export interface AckPressureOptions {
  /** How long after the last acknowledged request the loop counts as quiet again. Default 50 ms. */
  quietMs?: number;
  clock?: () => number;
}

export interface AckPressure {
  /** A request was acknowledged (its work queued): more may be on the way. */
  acked(): void;
  /** Milliseconds until the loop counts as quiet; 0 when it is quiet now. */
  busyForMs(): number;
}

/**
 * Whether chat requests are arriving now. Acks and background work share one event loop, and a platform
 * gives up on an ack after 3 seconds while a reply may come a little later: so while requests arrive, the
 * job worker holds back and their acks go first (issue 18: the ack tail was the worker's synchronous work).
 * A request alone holds its own work back too, by `quietMs`: treating it as a burst of one measured better
 * than starting it at once, whose job then ran through the acks of the burst that followed.
 */
export function createAckPressure(options: AckPressureOptions = {}): AckPressure {
  const quietMs = options.quietMs ?? 50;
  const clock = options.clock ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  return {
    acked() {
      last = clock();
    },
    busyForMs() {
      return Math.max(0, last + quietMs - clock());
    },
  };
}
