import { intervalText } from "../runtime/parse-interval.js";
import { defaultWatchIntervalMs, type WatchSettings } from "../runtime/watch-config-section.js";
import type { StateStore } from "../state/state-store.js";
import type { Watch, WatchTarget } from "../state/watch.js";
import type { ProbeActor } from "./probe-actor.js";
import type { ProbeGate } from "./probe-gate.js";

/** A watch as a chat command asks for it: the target, how often, and who asks from where. */
export interface WatchRequest extends WatchTarget {
  everyMs?: number;
  actor: ProbeActor;
}

/**
 * The watches as chat reaches them, over the store `serve` and `rdp-fix watch` share. A watch's checks are
 * probe runs in its owner's name, so only someone who may probe the target from here may set one: the same
 * permission and probe policy as Probe now, and an interval no shorter than RDP_FIX_WATCH_MIN_INTERVAL.
 */
export function chatWatches(store: StateStore, gate: ProbeGate, settings: WatchSettings, now = Date.now) {
  return {
    /** Why this person may not set this watch here, in words for them; undefined when they may. */
    async refusal(request: WatchRequest, conversation: string): Promise<string | undefined> {
      const everyMs = request.everyMs ?? defaultWatchIntervalMs;
      if (everyMs < settings.minIntervalMs)
        return `Every ${intervalText(everyMs)} is too often: at least every ${intervalText(settings.minIntervalMs)} (RDP_FIX_WATCH_MIN_INTERVAL).`;
      const verdict = await gate.beforeWatch(request.actor, { ...request, conversation });
      return verdict.ok ? undefined : verdict.message;
    },
    /** Adds the watch (or updates the one on that host and port), reporting to `conversation`; first check now. */
    add(request: WatchRequest, conversation: string): Promise<"added" | "updated"> {
      const split = conversation.indexOf(":");
      return store.watches.putWatch({
        host: request.host,
        port: request.port,
        owner: request.actor.user,
        reportTo: { platform: conversation.slice(0, split), conversation: conversation.slice(split + 1) },
        intervalMs: request.everyMs ?? defaultWatchIntervalMs,
        firstDue: now(),
      });
    },
    list: (): Promise<Watch[]> => store.watches.listWatches(),
    remove: (target: WatchTarget): Promise<boolean> => store.watches.removeWatch(target),
  };
}

export type ChatWatches = ReturnType<typeof chatWatches>;
