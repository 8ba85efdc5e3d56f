import type { Metrics } from "./metrics.js";

/**
 * A listener's `ack`, timed from now (the listener starting) to its call: the ack latency a platform's
 * 3-second limit is measured against, for whichever platform names itself.
 */
export function timedAck<A extends (...args: never[]) => unknown>(
  ack: A,
  metrics: Metrics | undefined,
  platform: string,
): A {
  const started = performance.now();
  const call = (...args: Parameters<A>) => {
    metrics?.ackLatency(platform, (performance.now() - started) / 1000);
    return ack(...args);
  };
  return call as A;
}
