import type { FakeDiscordCall } from "./answer-discord-request.js";

/** The tail of what the fake saw, for `waitFor` timeouts: a failure then shows what the bot did instead. */
export function describeFakeDiscord(
  calls: readonly FakeDiscordCall[],
  dispatches: readonly { t: string; delivered: number }[],
  gateway: { readySessions(): number; closes: readonly object[] },
): string {
  const lastCalls = calls.slice(-10).map((c) => `${c.method} ${c.path} -> ${c.status}`);
  const lastDispatches = dispatches.slice(-5).map((d) => `${d.t} (delivered ${d.delivered})`);
  return [
    `last calls: ${lastCalls.join("; ") || "none"}`,
    `last dispatches: ${lastDispatches.join("; ") || "none"}`,
    `gateway: ${gateway.readySessions()} ready session(s); closes: ${JSON.stringify(gateway.closes)}`,
  ].join("\n");
}
