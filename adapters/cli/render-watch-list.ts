import { intervalText } from "../../src/runtime/parse-interval.js";
import { reportToKey } from "../../src/runtime/report-to-key.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";
import type { Watch } from "../../src/state/watch.js";
import { terminalSafeJson } from "./terminal-safe-json.js";

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** `rdp-fix watch list`: one line per watch, or (--json) one array without the stored check state. */
export function renderWatchList(watches: readonly Watch[], json: boolean): string {
  if (json)
    return terminalSafeJson(
      watches.map((w) => ({
        host: w.host,
        port: w.port,
        owner: w.owner,
        reportTo: w.reportTo ?? null,
        intervalMs: w.intervalMs,
        nextDue: iso(w.nextDue),
        lastCheckedAt: iso(w.lastCheckedAt) ?? null,
      })),
    );
  if (watches.length === 0) return 'Nothing is watched. Add a host with "rdp-fix watch add <host>".';
  return watches
    .map((w) => {
      const report = w.reportTo ? reportToKey(w.reportTo) : "stdout";
      const last = w.lastCheckedAt === undefined ? "never checked" : `last checked ${iso(w.lastCheckedAt)}`;
      return safeDisplayText(
        `${w.host}:${w.port}  every ${intervalText(w.intervalMs)}  next ${iso(w.nextDue)}  ${last}  report to ${report}  owner ${w.owner}`,
      );
    })
    .join("\n");
}
