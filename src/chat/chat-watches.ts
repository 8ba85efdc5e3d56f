import type { ObservedFinding } from "../engine/index.js";
import { intervalText } from "../runtime/parse-interval.js";
import { reportToKey, reportToOf } from "../runtime/report-to-key.js";
import { readWatchCheckState } from "../runtime/watch-check-state.js";
import { defaultWatchIntervalMs, type WatchSettings } from "../runtime/watch-config-section.js";
import type { StateStore } from "../state/state-store.js";
import type { Watch, WatchTarget } from "../state/watch.js";
import type { ConversationHome } from "./chat-port.js";
import { formatTime } from "./document/format-time.js";
import type { ProbeActor } from "./probe-actor.js";
import type { ProbeGate } from "./probe-gate.js";

/** A diagnosis started from a watch's alert: its port, and what its last check saw. */
export interface WatchedStart {
  port: number;
  observed: { findings: ObservedFinding[]; summary: string };
}

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
    async refusal(request: WatchRequest): Promise<string | undefined> {
      const everyMs = request.everyMs ?? defaultWatchIntervalMs;
      if (everyMs < settings.minIntervalMs)
        return `Every ${intervalText(everyMs)} is too often: at least every ${intervalText(settings.minIntervalMs)} (RDP_FIX_WATCH_MIN_INTERVAL).`;
      // Asked before the watch's thread exists: a refusal is audited without a conversation.
      const verdict = await gate.beforeWatch(request.actor, { ...request, conversation: "" });
      return verdict.ok ? undefined : verdict.message;
    },
    /** Adds the watch (or updates the one on that host and port), reporting to `conversation`; first check now. */
    add(request: WatchRequest, conversation: string): Promise<"added" | "updated"> {
      return store.watches.putWatch({
        host: request.host,
        port: request.port,
        owner: request.actor.user,
        reportTo: reportToOf(conversation),
        intervalMs: request.everyMs ?? defaultWatchIntervalMs,
        firstDue: now(),
      });
    },
    /** RDP_FIX_WATCH_CERT_DAYS: how many days ahead an expiring certificate is reported. */
    certDays: settings.certDays,
    list: (): Promise<Watch[]> => store.watches.listWatches(),
    /**
     * What the watch on `host` that reports to this conversation saw at its last check, for a Diagnose now
     * under its alert: the watch's port and its findings, so the diagnosis starts with them. A watch reports
     * to the thread its command opened; a click may name that thread or a conversation within it (a key of
     * the thread's channel key followed by more parts), so both match. Undefined when no such watch exists or
     * it has not been checked.
     */
    async lastSeen(home: ConversationHome, host: string): Promise<WatchedStart | undefined> {
      const within = (key: string) =>
        key === home.conversation || home.channels.some((channel) => key.startsWith(`${channel}:`));
      const watch = (await store.watches.listWatches()).find(
        (w) => w.host === host && w.reportTo !== undefined && within(reportToKey(w.reportTo)),
      );
      const last = readWatchCheckState(watch?.lastResult);
      if (!watch || !last || watch.lastCheckedAt === undefined) return undefined;
      const at = new Date(watch.lastCheckedAt).toISOString();
      const findings = last.facts.findings.map((id) => ({ id, at }));
      return { port: watch.port, observed: { findings, summary: `the watch's check at ${formatTime(at)}` } };
    },
    remove: (target: WatchTarget): Promise<boolean> => store.watches.removeWatch(target),
  };
}

export type ChatWatches = ReturnType<typeof chatWatches>;
