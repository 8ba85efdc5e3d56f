/** Discord's epoch (2015-01-01T00:00:00Z): a snowflake's top bits count milliseconds from it. */
const discordEpochMs = 1_420_070_400_000n;
let last = 0n;

/**
 * A fresh, strictly increasing snowflake built from the clock the way Discord builds them, so ids sort
 * by creation time and `timestampOfSnowflake` gives a plausible `timestamp`. One sequence per process:
 * payload builders and the fake never hand out the same id.
 */
export function nextSnowflake(): string {
  const fromClock = (BigInt(Date.now()) - discordEpochMs) << 22n;
  last = fromClock > last ? fromClock : last + 1n;
  return last.toString();
}

/** The ISO time a snowflake was minted, as Discord's `timestamp` fields carry it. */
export function timestampOfSnowflake(id: string): string {
  return new Date(Number((BigInt(id) >> 22n) + discordEpochMs)).toISOString();
}
