import type { FakeDiscord } from "../../test/support/discord/fake-discord.js";
import { slashCommandPayload } from "../../test/support/discord/interaction-payloads.js";

/**
 * Dispatches `total` /rdp-fix interactions through the fake gateway, `concurrency` in flight at a time, and
 * returns for each the time (the fake's millisecond clock) from INTERACTION_CREATE leaving the fake to the
 * defer callback reaching it.
 */
export async function deferLatencies(
  fake: FakeDiscord,
  total: number,
  concurrency: number,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let sent = 0; sent < total; sent += concurrency) {
    const wave = Array.from({ length: Math.min(concurrency, total - sent) }, (_, i) =>
      slashCommandPayload({ options: { host: `host${(sent + i) % 50}.corp.example` } }),
    );
    const dispatchedAt = new Map(wave.map((payload) => [payload.id, 0]));
    // Only this wave's calls: the fake keeps every call of the run, and scanning them all on each change would
    // slow the measured process more the more calls its side makes (rdp-fix's work makes several per command).
    const seen = fake.calls.length;
    for (const payload of wave) {
      fake.dispatch("INTERACTION_CREATE", payload);
      dispatchedAt.set(payload.id, Date.now());
    }
    const deferred = await fake.waitFor(() => {
      const callbacks = fake.calls
        .slice(seen)
        .filter(
          (c) =>
            c.route === "POST /interactions/:interactionId/:token/callback" && dispatchedAt.has(idOf(c.path)),
        );
      return callbacks.length === wave.length ? callbacks : undefined;
    }, 30_000);
    for (const call of deferred)
      latencies.push(Math.round(call.at - (dispatchedAt.get(idOf(call.path)) ?? call.at)));
  }
  return latencies;
}

function idOf(path: string): string {
  return path.split("/")[2] ?? "";
}
