import { parseHostnameInput } from "./hostname-input.js";

/** `host42.corp.example` matches itself; `*.corp.example` matches any name under corp.example. */
export type HostnamePattern = { kind: "exact"; name: string } | { kind: "suffix"; suffix: string };

export type ParsedHostnamePattern =
  | { kind: "pattern"; pattern: HostnamePattern }
  | { kind: "invalid"; reason: string };

export function parseHostnamePattern(text: string): ParsedHostnamePattern {
  const wildcard = text.startsWith("*.");
  const parsed = parseHostnameInput(wildcard ? text.slice(2) : text);
  if (parsed.kind !== "name") {
    const why = parsed.kind === "invalid" ? parsed.reason : "IP addresses belong in the allowed ranges";
    return { kind: "invalid", reason: `"${text}" is not a host name pattern: ${why}` };
  }
  return {
    kind: "pattern",
    pattern: wildcard ? { kind: "suffix", suffix: parsed.name } : { kind: "exact", name: parsed.name },
  };
}
