import type { Flow } from "../flow/flow-schema.js";

export interface RdpFailureReport {
  /** The triggers that matched, for the log and the offer's wording. */
  matched: string[];
  /** A host the message seems to name, if any: the offer pre-fills it. */
  host?: string;
}

/**
 * Whether a chat message reads like an RDP connection failure, by the flow's triggers: a code or a phrase
 * on its own, or a context word ("rdp") together with a failure word ("can't connect"). Pure, so triage
 * behaves the same on every platform and in tests.
 */
export function detectRdpFailure(flow: Flow, message: string): RdpFailureReport | undefined {
  const text = normalise(message);
  const { codes, phrases, context, failureWords } = flow.triggers;
  const strong = [
    ...codes.filter((code) => containsWord(text, code)),
    ...phrases.filter((p) => text.includes(normalise(p))),
  ];
  const topic = context.filter((word) => containsWord(text, word));
  const failure = failureWords.filter((word) => containsWord(text, word));
  const matched =
    strong.length > 0 ? strong : topic.length > 0 && failure.length > 0 ? [...topic, ...failure] : [];
  if (matched.length === 0) return undefined;
  const host = findHost(message);
  return host === undefined ? { matched } : { matched, host };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ");
}

function containsWord(text: string, word: string): boolean {
  const escaped = normalise(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const dottedName =
  /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*\.[a-z][a-z0-9-]*$/i;
const afterKeyword = /\b(?:to|host|server|on|machine|pc|computer|vm)\s+[`'"]?([a-z0-9_][a-z0-9_.-]{0,252})/gi;

/**
 * A host named in free text: an IPv4 address or a dotted name anywhere, else a single-label name right after
 * "to", "host", "server"... Error codes, file names and version numbers are not hosts.
 */
function findHost(message: string): string | undefined {
  const tokens = message.split(/[\s,;()<>`'"]+/).map((t) => t.replace(/[.:!?]+$/, ""));
  const literal = tokens.find((t) => ipv4.test(t) || (dottedName.test(t) && !looksLikeFile(t)));
  if (literal) return literal.toLowerCase();
  for (const match of message.matchAll(afterKeyword)) {
    const candidate = match[1]?.replace(/[.:!?]+$/, "").toLowerCase();
    if (
      candidate &&
      /[a-z]/.test(candidate) &&
      !/^0x[0-9a-f]+$/.test(candidate) &&
      !stopWords.has(candidate)
    ) {
      return candidate;
    }
  }
  return undefined;
}

const stopWords = new Set([
  "the",
  "a",
  "an",
  "my",
  "our",
  "it",
  "this",
  "that",
  "remote",
  "connect",
  "rdp",
  "windows",
  "server",
  "host",
]);

function looksLikeFile(token: string): boolean {
  return /\.(exe|dll|msc|log|rdp|txt|png|jpg|ps1|cmd|bat)$/i.test(token);
}
