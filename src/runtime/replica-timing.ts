import { ConfigError } from "./config-error.js";
import { throwingConfigSection } from "./throwing-config-section.js";

export interface ReplicaTiming {
  /** A job's lease: how soon another replica, or the restarted bot, retries work whose holder died. */
  jobLeaseMs: number;
  /** The Discord gateway lease: how soon another replica takes the gateway over when its holder dies. */
  gatewayLeaseMs: number;
}

const variables = {
  jobLeaseMs: { name: "RDP_FIX_JOB_LEASE_MS", fallback: 15_000 },
  gatewayLeaseMs: { name: "RDP_FIX_GATEWAY_LEASE_MS", fallback: 15_000 },
} as const;

const min = 1_000;
const max = 600_000;

/** How quickly replicas take over from each other; the defaults suit almost everyone. */
export function replicaTimingFromEnv(env: Readonly<Record<string, string | undefined>>): ReplicaTiming {
  const problems: string[] = [];
  const read = ({ name, fallback }: { name: string; fallback: number }) => {
    const raw = env[name]?.trim() ?? "";
    if (raw === "") return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(
        `${name} must be a whole number of milliseconds from ${min} to ${max} (default ${fallback}).`,
      );
      return fallback;
    }
    return Number(raw);
  };
  const timing = { jobLeaseMs: read(variables.jobLeaseMs), gatewayLeaseMs: read(variables.gatewayLeaseMs) };
  if (problems.length > 0) throw ConfigError.invalid(problems);
  return timing;
}

export const replicaTimingVariables = Object.values(variables).map((v) => v.name);

/** Replica timing as a section of the one configuration. */
export const replicaTimingSection = throwingConfigSection(
  replicaTimingVariables,
  replicaTimingFromEnv,
  (error) => (error instanceof ConfigError ? error.problems : undefined),
);
