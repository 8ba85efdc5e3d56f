import type { LevelWithSilent } from "pino";
import { z } from "zod";
import { defaultProbeBudgetMs } from "../probes/run-probes.js";
import { wholeNumber } from "./config-checks.js";
import { zodConfigSection } from "./zod-config-section.js";

export type LogLevel = LevelWithSilent;

export interface ServeSettings {
  /** PORT: the one HTTP server (health, metrics, the webhooks of adapters that need one). */
  port: number;
  logLevel: LogLevel;
  probeBudgetMs: number;
}

const logLevels = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
] as const satisfies LogLevel[];

/** The runtime's own variables for `rdp-fix serve`. */
export const serveConfigSection = zodConfigSection(
  {
    PORT: wholeNumber("PORT", 1, 65_535).default(3000),
    LOG_LEVEL: z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(logLevels, `LOG_LEVEL must be one of ${logLevels.join(", ")}`))
      .default("info"),
    RDP_FIX_PROBE_BUDGET_MS: wholeNumber("RDP_FIX_PROBE_BUDGET_MS", 1000, 60_000).default(
      defaultProbeBudgetMs,
    ),
  },
  (values): ServeSettings => ({
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    probeBudgetMs: values.RDP_FIX_PROBE_BUDGET_MS,
  }),
);
