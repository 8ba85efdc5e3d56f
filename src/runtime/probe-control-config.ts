import { ConfigError } from "./config-error.js";
import { throwingConfigSection } from "./throwing-config-section.js";

export interface ProbeRate {
  count: number;
  windowMs: number;
  /** As configured, e.g. "10/10m", for messages. */
  text: string;
}

/** How often and how many at once; who may probe at all is each chat adapter's own rule. */
export interface ProbeControl {
  perUser: ProbeRate;
  perHost: ProbeRate;
  maxConcurrent: number;
  auditDays: number;
}

export const probeControlVariables = [
  "RDP_FIX_PROBE_RATE",
  "RDP_FIX_PROBE_HOST_RATE",
  "RDP_FIX_MAX_CONCURRENT_PROBES",
  "RDP_FIX_AUDIT_DAYS",
] as const;

const units: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** How often and how many probe runs, from the environment; every problem named at once. */
export function probeControlFromEnv(env: Readonly<Record<string, string | undefined>>): ProbeControl {
  const problems: string[] = [];
  const rate = (name: string, fallback: string): ProbeRate => {
    const parsed = parseProbeRate(env[name]?.trim() || fallback);
    if (parsed) return parsed;
    problems.push(`${name} must be N/<duration> such as 10/10m, 5/1h or 100/1d (default ${fallback}).`);
    return parseProbeRate(fallback) as ProbeRate;
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim() ?? "";
    if (raw === "") return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (default ${fallback}).`);
      return fallback;
    }
    return Number(raw);
  };
  const control: ProbeControl = {
    perUser: rate("RDP_FIX_PROBE_RATE", "10/10m"),
    perHost: rate("RDP_FIX_PROBE_HOST_RATE", "20/10m"),
    maxConcurrent: whole("RDP_FIX_MAX_CONCURRENT_PROBES", 8, 1, 1000),
    auditDays: whole("RDP_FIX_AUDIT_DAYS", 90, 1, 3650),
  };
  if (problems.length > 0) throw ConfigError.invalid(problems);
  return control;
}

/** `N/<duration>`: N uses per window, e.g. 10/10m; a bare unit means one of it (5/h). */
export function parseProbeRate(text: string): ProbeRate | undefined {
  const match = /^(\d{1,6})\/(\d{0,6})([smhd])$/.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]);
  const windowMs = Number(match[2] || 1) * (units[match[3] ?? ""] ?? 0);
  return count >= 1 && windowMs >= 1_000 ? { count, windowMs, text } : undefined;
}

/** The probe limits as a section of the one configuration. */
export const probeControlSection = throwingConfigSection(
  probeControlVariables,
  probeControlFromEnv,
  (error) => (error instanceof ConfigError ? error.problems : undefined),
);

/** The defaults, for the terminal and tests. */
export const defaultProbeControl: ProbeControl = probeControlFromEnv({});
