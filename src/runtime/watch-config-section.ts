import { checked, wholeNumber } from "./config-checks.js";
import { parseInterval } from "./parse-interval.js";
import { zodConfigSection } from "./zod-config-section.js";

export interface WatchSettings {
  /** RDP_FIX_WATCH_MIN_INTERVAL: no watch is checked more often than this. */
  minIntervalMs: number;
  /** RDP_FIX_WATCH_CERT_DAYS: warn this many days before a certificate expires. */
  certDays: number;
}

/** The variables' defaults, for a chat service built without the configuration (tests, the terminal). */
export const defaultWatchSettings: WatchSettings = { minIntervalMs: 300_000, certDays: 14 };

/** A watch's interval when none is given. */
export const defaultWatchIntervalMs = 6 * 3_600_000;

const intervalProblem =
  "RDP_FIX_WATCH_MIN_INTERVAL must be a duration such as 5m, 30m or 1h (units s, m, h, d; default 5m)";

/** The watches' variables, shared by `serve` and `rdp-fix watch`. */
export const watchConfigSection = zodConfigSection(
  {
    RDP_FIX_WATCH_MIN_INTERVAL: checked((text) =>
      parseInterval(text) === undefined ? intervalProblem : undefined,
    )
      .transform((text) => parseInterval(text) ?? 0)
      .default(defaultWatchSettings.minIntervalMs),
    RDP_FIX_WATCH_CERT_DAYS: wholeNumber("RDP_FIX_WATCH_CERT_DAYS", 1, 365).default(
      defaultWatchSettings.certDays,
    ),
  },
  (values): WatchSettings => ({
    minIntervalMs: values.RDP_FIX_WATCH_MIN_INTERVAL,
    certDays: values.RDP_FIX_WATCH_CERT_DAYS,
  }),
);
