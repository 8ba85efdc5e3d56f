import type { AuditEntry } from "../../src/state/audit-entry.js";

const headings = ["TIME", "OUTCOME", "WHO", "PLATFORM", "TARGET", "REASON / DURATION"] as const;

/** The audit trail as aligned columns, one entry a line, oldest first (as given). */
export function renderAuditTable(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return "No audit entries match.";
  const rows = entries.map((entry) => [
    shortTime(entry.at),
    entry.action === "probe" ? entry.outcome : `${entry.action} ${entry.outcome}`,
    entry.actor,
    entry.platform,
    target(entry),
    note(entry),
  ]);
  const cells = [[...headings], ...rows].map((row) => row.map(inert));
  const widths = headings.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function target(entry: AuditEntry): string {
  const port = entry.details?.port;
  const host = entry.target ?? "";
  const shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return typeof port === "number" ? `${shown}:${port}` : shown;
}

function note(entry: AuditEntry): string {
  const details = entry.details ?? {};
  const parts: string[] = [];
  if (typeof details.reason === "string") parts.push(details.reason);
  if (typeof details.retryAt === "string") parts.push(`retry at ${shortTime(details.retryAt)}`);
  if (typeof details.durationMs === "number") parts.push(`${(details.durationMs / 1000).toFixed(1)} s`);
  if (typeof details.summary === "string") parts.push(details.summary);
  if (Array.isArray(details.addresses) && parts.length === 0) parts.push(details.addresses.join(", "));
  return parts.join(", ");
}

const shortTime = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");

/** Entries hold what users typed: no control or bidi character reaches the terminal. */
function inert(text: string): string {
  return text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "?");
}
