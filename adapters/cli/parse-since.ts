/** Where an audit listing starts: so long before now, or a moment. */
export type AuditSince = { kind: "ago"; ms: number } | { kind: "at"; at: string };

const units = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const isoTime = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** `30m`, `24h`, `7d`, or an ISO date or time (`2024-05-01`, `2024-05-01T08:00Z`); undefined otherwise. */
export function parseSince(text: string): AuditSince | undefined {
  const duration = /^([1-9]\d{0,5})([mhd])$/.exec(text);
  if (duration) return { kind: "ago", ms: Number(duration[1]) * units[duration[2] as keyof typeof units] };
  if (!isoTime.test(text)) return undefined;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : { kind: "at", at: at.toISOString() };
}

/** The ISO time the store compares against (stored times are `toISOString()`s, which sort as strings). */
export function sinceTime(since: AuditSince, now: Date): string {
  return since.kind === "at" ? since.at : new Date(now.getTime() - since.ms).toISOString();
}
