import type { HostnamePattern } from "./hostname-pattern.js";

/**
 * A wildcard matches any depth (`a.b.corp.example`) but not the bare suffix (`corp.example`), the way an
 * administrator writing `*.corp.example` means "hosts in our zone".
 */
export function hostnamePatternMatches(pattern: HostnamePattern, name: string): boolean {
  return pattern.kind === "exact" ? name === pattern.name : name.endsWith(`.${pattern.suffix}`);
}
