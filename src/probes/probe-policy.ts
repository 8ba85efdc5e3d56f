import { type Cidr, parseCidr } from "./cidr.js";
import { type HostnamePattern, parseHostnamePattern } from "./hostname-pattern.js";
import { parsePortInput } from "./port-input.js";
import { ProbePolicyConfigError } from "./probe-policy-error.js";

/** The policy as configured, in text, e.g. from environment variables or a config file. */
export interface ProbePolicyConfig {
  /** Address ranges probes may reach: `10.0.0.0/8`, `fc00::/7`, or a single address. */
  allowedCidrs: readonly string[];
  /** Names users may ask about (`*.corp.example`, `host42.lab`); empty means any valid name. */
  allowedHostnames: readonly string[];
  allowedPorts: readonly number[];
}

/**
 * The checked policy. Both gates apply: a name must match a pattern (when there are patterns) AND every
 * address it resolves to must be in a range. A name never grants an address; the built-in always-denied
 * addresses and names win over everything here.
 */
export interface ProbePolicy {
  allowedCidrs: readonly Cidr[];
  allowedHostnames: readonly HostnamePattern[];
  allowedPorts: readonly number[];
}

/** Throws ProbePolicyConfigError listing every bad entry, so one restart fixes them all. */
export function createProbePolicy(config: ProbePolicyConfig): ProbePolicy {
  const problems: string[] = [];
  const allowedCidrs: Cidr[] = [];
  for (const text of config.allowedCidrs) {
    const parsed = parseCidr(text);
    if (parsed.kind === "cidr") allowedCidrs.push(parsed.cidr);
    else problems.push(`allowed range ${parsed.reason}`);
  }
  const allowedHostnames: HostnamePattern[] = [];
  for (const text of config.allowedHostnames) {
    const parsed = parseHostnamePattern(text);
    if (parsed.kind === "pattern") allowedHostnames.push(parsed.pattern);
    else problems.push(`allowed name ${parsed.reason}`);
  }
  const allowedPorts: number[] = [];
  for (const value of config.allowedPorts) {
    const parsed = parsePortInput(value);
    if (parsed.kind === "port") allowedPorts.push(parsed.port);
    else problems.push(`allowed port ${parsed.reason}`);
  }
  if (problems.length > 0) throw new ProbePolicyConfigError(problems);
  return { allowedCidrs, allowedHostnames, allowedPorts };
}
