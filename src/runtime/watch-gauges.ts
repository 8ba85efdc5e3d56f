import type { StateStore } from "../state/state-store.js";
import type { MetricsExposition } from "./metrics-exposition.js";
import { probeGaugeRegistry } from "./probe-gauges.js";
import { readWatchCheckState } from "./watch-check-state.js";

/**
 * GET /metrics with the watched endpoints added: the process's own series, then the rdp_fix_* gauges of each
 * watch's last check labelled `target="host:port"` (the same names a /probe scrape answers with, so one alert
 * rule covers both). Read from the store at each scrape, so every replica shows every watch.
 */
export function withWatchGauges(process: MetricsExposition, store: StateStore): MetricsExposition {
  return {
    contentType: process.contentType,
    metrics: async () => {
      const samples = (await store.watches.listWatches()).flatMap((watch) => {
        const last = readWatchCheckState(watch.lastResult);
        return last ? [{ labels: { target: `${watch.host}:${watch.port}` }, facts: last.facts }] : [];
      });
      const watched = await probeGaugeRegistry(samples, ["target"]).metrics();
      return `${await process.metrics()}${watched === "" ? "" : `\n${watched}`}`;
    },
  };
}
