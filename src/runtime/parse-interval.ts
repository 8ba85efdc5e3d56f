const unitMs: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `5m`, `6h`, `1d` as milliseconds; undefined for anything else (no zero, no sign, no fractions). */
export function parseInterval(text: string): number | undefined {
  const match = /^([1-9]\d{0,5})([smhd])$/.exec(text.trim());
  return match ? Number(match[1]) * (unitMs[match[2] ?? ""] ?? 0) : undefined;
}

/** The shortest of `6h`, `90m`, `45s` that says `ms` exactly. */
export function intervalText(ms: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    const size = unitMs[unit] ?? 1;
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}
