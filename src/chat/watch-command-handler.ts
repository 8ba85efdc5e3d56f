import { defaultRdpPort } from "../engine/index.js";
import { intervalText } from "../runtime/parse-interval.js";
import { defaultWatchIntervalMs } from "../runtime/watch-config-section.js";
import type { Watch } from "../state/watch.js";
import type { ChatCommand } from "./chat-command.js";
import type { ChatWatches } from "./chat-watches.js";
import { formatTime } from "./document/format-time.js";
import type { ProbeActor } from "./probe-actor.js";

type WatchCommand = Extract<ChatCommand, { kind: "watch" | "watch-list" | "unwatch" }>;

export interface WatchCommandContext {
  watches: ChatWatches;
  actor: ProbeActor;
  /** Tells the person who typed the command (privately where the platform can). */
  answer(text: string): Promise<void>;
  /**
   * The conversation the watch's alerts go to: the thread the command was typed in, or one it opens (a
   * posted root saying what is watched); undefined when none could be opened (the person was told).
   */
  openHome(words: string): Promise<string | undefined>;
  /** Says in the conversation, once the watch is stored, what comes there and when. */
  confirm(conversation: string, words: string): Promise<void>;
}

/** `watch host42 every 6h`, `watch list` and `unwatch host42` from any chat platform. */
export async function handleWatchCommand(request: WatchCommand, context: WatchCommandContext): Promise<void> {
  const { watches, answer } = context;
  if (request.kind === "watch-list") return answer(watchListText(await watches.list()));
  const target = { host: request.host, port: request.port ?? defaultRdpPort };
  const at = `\`${target.host}:${target.port}\``;
  if (request.kind === "unwatch") {
    const removed = await watches.remove(target);
    return answer(removed ? `No longer watching ${at}.` : `${at} is not watched.`);
  }
  const watch = { ...target, actor: context.actor, ...(request.everyMs ? { everyMs: request.everyMs } : {}) };
  const refusal = await watches.refusal(watch);
  if (refusal !== undefined) return answer(refusal);
  const conversation = await context.openHome(
    `asked me to watch ${at} for changes that break Remote Desktop.`,
  );
  if (conversation === undefined) return;
  const added = await watches.add(watch, conversation);
  const every = intervalText(request.everyMs ?? defaultWatchIntervalMs);
  await context.confirm(
    conversation,
    `${added === "added" ? "Watching" : "Still watching"} ${at} every ${every}: alerts come in this thread, one per change (an expiring certificate ${watches.certDays} days ahead), and "resolved" when it clears. The first check runs now.`,
  );
}

function watchListText(watches: readonly Watch[]): string {
  if (watches.length === 0) return "Nothing is watched yet.";
  const lines = watches.slice(0, 30).map((watch) => {
    const checked = watch.lastCheckedAt
      ? `checked ${formatTime(new Date(watch.lastCheckedAt).toISOString())}`
      : "not checked yet";
    return `• \`${watch.host}:${watch.port}\` every ${intervalText(watch.intervalMs)}, ${checked}`;
  });
  const more =
    watches.length > 30 ? [`…and ${watches.length - 30} more (rdp-fix watch list shows all).`] : [];
  return ["Watched:", ...lines, ...more].join("\n");
}
