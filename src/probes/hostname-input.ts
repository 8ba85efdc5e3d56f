import { quoteInput } from "../errors/quote-input.js";
import type { IpAddress } from "./ip-address.js";
import { parseIpv4Address } from "./parse-ipv4-address.js";
import { parseIpv6Address } from "./parse-ipv6-address.js";

/** What a user typed as the target, once read strictly. */
export type HostnameInput =
  | { kind: "name"; name: string }
  | { kind: "ip"; address: IpAddress; text: string }
  | { kind: "invalid"; reason: string };

const maxNameLength = 253;
const longName = `the host name is longer than ${maxNameLength} characters`;
/**
 * RFC 1123 labels, plus `_`: Windows and Active Directory DNS accept machine names such as `PC_042`,
 * getaddrinfo resolves them, and no shell ever sees the name, so refusing them would only refuse users.
 */
const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

export function parseHostnameInput(text: string): HostnameInput {
  const problem = obviousProblem(text);
  if (problem) return { kind: "invalid", reason: problem };
  const bracketed = /^\[(.*)\]$/.exec(text);
  const ipv6 = parseIpv6Address(bracketed ? (bracketed[1] ?? "") : text);
  if (ipv6) return { kind: "ip", address: ipv6, text };
  if (bracketed) return { kind: "invalid", reason: `${quoteInput(text)} is not a valid IPv6 address` };
  if (text.includes(":")) {
    return /^[^:]+:\d*$/.test(text) || /^\[.*\]:\d*$/.test(text)
      ? { kind: "invalid", reason: "give the port separately, not as host:port" }
      : { kind: "invalid", reason: `${quoteInput(text)} is not a valid IPv6 address` };
  }
  // Whatever getaddrinfo would read as a number must be read here as the same address.
  const ipv4 = parseIpv4Address(text, "inet-aton");
  if (ipv4) return { kind: "ip", address: ipv4, text };
  return parseName(text);
}

function obviousProblem(text: string): string | undefined {
  if (text === "") return "the host name is empty";
  if (text.length > maxNameLength + 1) return longName;
  if (/\s/.test(text)) return "the host name contains white space";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return "give only the host name, not a URL";
  if (text.includes("@")) return "give only the host name, without user@";
  if (/[/\\?#]/.test(text)) return "give only the host name, without a path";
  return undefined;
}

function parseName(text: string): HostnameInput {
  const name = (text.endsWith(".") ? text.slice(0, -1) : text).toLowerCase();
  if (name.length > maxNameLength) return { kind: "invalid", reason: longName };
  if (name === "") return { kind: "invalid", reason: `${quoteInput(text)} is not a valid host name` };
  if ([...name].some((char) => char.charCodeAt(0) > 0x7f)) {
    return { kind: "invalid", reason: "write an international name in its ASCII form (xn--...)" };
  }
  const bad = [...name].find((char) => !/[a-z0-9_.-]/.test(char));
  if (bad !== undefined) {
    return {
      kind: "invalid",
      reason: `the host name contains ${JSON.stringify(bad)}, which no host name can`,
    };
  }
  const labels = name.split(".");
  const badLabel = labels.find((part) => !label.test(part));
  if (badLabel !== undefined) {
    return {
      kind: "invalid",
      reason: `${quoteInput(text)} is not a valid host name: each dot-separated part must be 1-63 letters, digits, - or _, not starting or ending with -`,
    };
  }
  // A numeric last label is an IPv4 address that does not parse (256.1.1.1, 1.2.3.4.5, 127.1.):
  // the resolver would send it to DNS as a name, which is never what the user meant.
  if (/^\d+$/.test(labels[labels.length - 1] ?? "")) {
    return {
      kind: "invalid",
      reason: `${quoteInput(text)} looks like an IPv4 address but is not a valid one`,
    };
  }
  return { kind: "name", name };
}
