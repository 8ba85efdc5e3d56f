import { createProbePolicy, type ProbePolicy } from "../probes/probe-policy.js";
import { defaultProbePolicyConfig } from "../probes/probe-policy-defaults.js";
import { ProbePolicyConfigError } from "../probes/probe-policy-error.js";

/**
 * The probe policy from the environment, defaults where unset:
 *   RDP_FIX_ALLOWED_CIDRS  comma-separated ranges (default: private ranges and loopback)
 *   RDP_FIX_ALLOWED_HOSTS  comma-separated name patterns such as *.corp.example (default: any valid name)
 *   RDP_FIX_ALLOWED_PORTS  comma-separated ports (default: 3389)
 * A bad entry stops start-up with a message naming it (ProbePolicyConfigError).
 */
export function probePolicyFromEnv(env: NodeJS.ProcessEnv): ProbePolicy {
  const list = (name: string) =>
    env[name]
      ?.split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  const ports = list("RDP_FIX_ALLOWED_PORTS")?.map(Number);
  try {
    return createProbePolicy({
      allowedCidrs: list("RDP_FIX_ALLOWED_CIDRS") ?? defaultProbePolicyConfig.allowedCidrs,
      allowedHostnames: list("RDP_FIX_ALLOWED_HOSTS") ?? defaultProbePolicyConfig.allowedHostnames,
      allowedPorts: ports ?? defaultProbePolicyConfig.allowedPorts,
    });
  } catch (error) {
    if (!(error instanceof ProbePolicyConfigError)) throw error;
    throw Object.assign(
      new Error(
        `${error.message}\nThe settings come from RDP_FIX_ALLOWED_CIDRS, RDP_FIX_ALLOWED_HOSTS and RDP_FIX_ALLOWED_PORTS.`,
        {
          cause: error,
        },
      ),
      { code: error.code },
    );
  }
}
