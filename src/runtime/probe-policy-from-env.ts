import { parsePortInput } from "../probes/port-input.js";
import { createProbePolicy, type ProbePolicy } from "../probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../probes/probe-policy-defaults.js";
import { ProbePolicyConfigError } from "../probes/probe-policy-error.js";
import { throwingConfigSection } from "./throwing-config-section.js";

/**
 * The probe policy from the environment, defaults where unset:
 *   RDP_FIX_ALLOWED_CIDRS  comma-separated ranges (default: private ranges and loopback)
 *   RDP_FIX_ALLOWED_HOSTS  comma-separated name patterns such as *.corp.example (default: any valid name)
 *   RDP_FIX_ALLOWED_PORTS  comma-separated ports (default: 3389)
 * Every bad entry is named in one error (code PROBE_POLICY_INVALID) that stops start-up.
 */
export function probePolicyFromEnv(env: NodeJS.ProcessEnv): ProbePolicy {
  const problems: string[] = [];
  const list = (name: string) => {
    const raw = env[name];
    if (raw === undefined) return undefined;
    const items = raw
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    // An empty list would refuse every probe without a word; a blank line in an env file must not do that.
    if (items.length === 0 && name !== "RDP_FIX_ALLOWED_HOSTS") {
      problems.push(
        `${name} is set but lists nothing, which would refuse every probe: unset it for the defaults`,
      );
    }
    return items;
  };
  const ports = list("RDP_FIX_ALLOWED_PORTS")?.flatMap((text) => {
    const parsed = parsePortInput(text);
    if (parsed.kind === "port") return [parsed.port];
    problems.push(`RDP_FIX_ALLOWED_PORTS: allowed port ${parsed.reason}`);
    return [];
  });
  const cidrs = list("RDP_FIX_ALLOWED_CIDRS");
  const hosts = list("RDP_FIX_ALLOWED_HOSTS");
  try {
    const policy = createProbePolicy({
      allowedCidrs: cidrs ?? defaultProbePolicyConfig.allowedCidrs,
      allowedHostnames: hosts ?? defaultProbePolicyConfig.allowedHostnames,
      allowedPorts: ports ?? defaultProbePolicyConfig.allowedPorts,
    });
    if (problems.length > 0) throw new ProbePolicyConfigError([]);
    return policy;
  } catch (error) {
    if (!(error instanceof ProbePolicyConfigError)) throw error;
    const all = [...problems, ...error.problems.map((p) => `${variableFor(p)}: ${p}`)];
    throw new ProbePolicyConfigError(all.sort((a, b) => variableRank(a) - variableRank(b)));
  }
}

export const probePolicyVariables = [
  "RDP_FIX_ALLOWED_CIDRS",
  "RDP_FIX_ALLOWED_HOSTS",
  "RDP_FIX_ALLOWED_PORTS",
] as const;

/** The probe policy as a section of the one configuration; its problems keep the policy error as their cause. */
export const probePolicySection = throwingConfigSection(probePolicyVariables, probePolicyFromEnv, (error) =>
  error instanceof ProbePolicyConfigError ? error.problems : undefined,
);

function variableFor(problem: string): string {
  if (problem.startsWith("allowed range")) return "RDP_FIX_ALLOWED_CIDRS";
  if (problem.startsWith("allowed name")) return "RDP_FIX_ALLOWED_HOSTS";
  return "RDP_FIX_ALLOWED_PORTS";
}

/** Problems are listed in the order the variables are documented. */
function variableRank(problem: string): number {
  return probePolicyVariables.findIndex((name) => problem.startsWith(name));
}
