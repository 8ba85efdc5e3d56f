import { hostnameAlwaysDenied } from "./hostname-always-denied.js";
import { parseHostnameInput } from "./hostname-input.js";
import { hostnamePatternMatches } from "./hostname-pattern-matches.js";
import { parsePortInput } from "./port-input.js";
import type { ProbePolicy } from "./probe-policy.js";
import { checkAddress } from "./probe-policy-check-address.js";
import type { RequestDecision } from "./probe-policy-decision.js";

/**
 * What can be judged before any lookup: the port, the syntax of the host, denied names, name patterns,
 * and an IP literal itself. Names outside the patterns are never even resolved. An allowed name still
 * needs every resolved address checked (checkTarget).
 */
export function checkRequest(policy: ProbePolicy, host: string, port: number | string): RequestDecision {
  const parsedPort = parsePortInput(port);
  if (parsedPort.kind === "invalid")
    return { kind: "denied", code: "invalid-port", reason: parsedPort.reason };
  if (!policy.allowedPorts.includes(parsedPort.port)) {
    const ports = policy.allowedPorts.join(", ") || "none configured";
    return {
      kind: "denied",
      code: "port-not-allowed",
      reason: `port ${parsedPort.port} is not one this bot probes (allowed: ${ports})`,
    };
  }
  const input = parseHostnameInput(host);
  switch (input.kind) {
    case "invalid":
      return { kind: "denied", code: "invalid-hostname", reason: input.reason };
    case "ip": {
      const decision = checkAddress(policy, host.startsWith("[") ? host.slice(1, -1) : host);
      if (decision.kind === "denied") return { kind: "denied", code: decision.code, reason: decision.reason };
      return { kind: "allowed", host: input, port: parsedPort.port };
    }
    case "name": {
      const denied = hostnameAlwaysDenied(input.name);
      if (denied)
        return {
          kind: "denied",
          code: "denied-hostname",
          reason: `${input.name} is ${denied}: never probed`,
        };
      const patterns = policy.allowedHostnames;
      if (patterns.length > 0 && !patterns.some((pattern) => hostnamePatternMatches(pattern, input.name))) {
        return {
          kind: "denied",
          code: "hostname-not-allowed",
          reason: `${input.name} is not among the host names this bot may probe`,
        };
      }
      return { kind: "allowed", host: input, port: parsedPort.port };
    }
  }
}
