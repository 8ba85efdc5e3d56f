import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { certificateFixOf } from "../../src/chat/document/present-watch-alert.js";
import { exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import { quoteInput } from "../../src/errors/quote-input.js";
import { intervalText } from "../../src/runtime/parse-interval.js";
import { probeRefusalText } from "../../src/runtime/probe-refusal-text.js";
import { readConfig } from "../../src/runtime/read-config.js";
import { reportToKey } from "../../src/runtime/report-to-key.js";
import { defaultWatchLeaseMs, runDueWatches } from "../../src/runtime/run-due-watches.js";
import {
  defaultWatchIntervalMs,
  type WatchSettings,
  watchConfigSection,
} from "../../src/runtime/watch-config-section.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { CliDependencies } from "./cli-dependencies.js";
import type { CliIo } from "./cli-io.js";
import type { WatchCommand } from "./parse-watch-args.js";
import { renderWatchAlert } from "./render-watch-alert.js";
import { renderWatchList } from "./render-watch-list.js";

const defaultPort = 3389;
const owner = process.env.USER ?? "terminal";

/**
 * `rdp-fix watch add|list|remove|run` on the store `serve` uses. Bad input (host, port, interval, a target
 * the probe policy refuses, a bad RDP_FIX_WATCH_* variable) is exit 2; a store that cannot be opened is exit 1,
 * because a list of an empty stand-in store would be a lie.
 */
export async function runWatch(
  command: WatchCommand,
  io: CliIo,
  deps: CliDependencies,
  clock = () => new Date(),
): Promise<number> {
  let settings: WatchSettings;
  try {
    settings = deps.watchSettings?.() ?? readConfig({}, { watch: watchConfigSection }).watch;
  } catch (error) {
    io.stderr(`rdp-fix watch: ${error instanceof Error ? error.message : String(error)}`);
    return exitStatusForError(error);
  }
  if (command.action === "add") {
    const everyMs = command.everyMs ?? defaultWatchIntervalMs;
    if (everyMs < settings.minIntervalMs) {
      io.stderr(
        `rdp-fix watch add: --every ${intervalText(everyMs)} is more often than allowed: at least ${intervalText(settings.minIntervalMs)} (RDP_FIX_WATCH_MIN_INTERVAL).`,
      );
      return 2;
    }
    const verdict = await deps.createTargetCheck?.()(command.host, command.port ?? defaultPort);
    if (verdict && verdict.kind !== "allowed") {
      io.stderr(`rdp-fix watch add: ${probeRefusalText(verdict.code, verdict.reason)}`);
      return 2;
    }
  }
  if (!deps.openStore) {
    io.stderr("rdp-fix watch: no state store is configured in this build.");
    return 1;
  }
  let store: StateStore;
  try {
    store = await deps.openStore();
  } catch (error) {
    io.stderr(
      `rdp-fix watch: the state store could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  try {
    return await onStore(command, io, deps, store, settings, clock);
  } finally {
    await store.close();
  }
}

async function onStore(
  command: WatchCommand,
  io: CliIo,
  deps: CliDependencies,
  store: StateStore,
  settings: WatchSettings,
  clock: () => Date,
): Promise<number> {
  switch (command.action) {
    case "add": {
      const port = command.port ?? defaultPort;
      const intervalMs = command.everyMs ?? defaultWatchIntervalMs;
      const added = await store.watches.putWatch({
        host: command.host,
        port,
        owner,
        intervalMs,
        firstDue: clock().getTime(),
        ...(command.reportTo ? { reportTo: command.reportTo } : {}),
      });
      const where = command.reportTo
        ? `alerts to ${reportToKey(command.reportTo)}`
        : "alerts printed by rdp-fix watch run";
      io.stdout(
        `${added === "added" ? "Watching" : "Updated the watch on"} ${command.host}:${port} every ${intervalText(intervalMs)}, ${where}. Checks run with "rdp-fix watch run" (from cron, e.g. every 5 minutes).`,
      );
      return 0;
    }
    case "remove": {
      const port = command.port ?? defaultPort;
      if (await store.watches.removeWatch({ host: command.host, port })) {
        io.stdout(`No longer watching ${command.host}:${port}.`);
        return 0;
      }
      io.stderr(
        `rdp-fix watch remove: ${quoteInput(`${command.host}:${port}`)} is not watched ("rdp-fix watch list" shows what is).`,
      );
      return 2;
    }
    case "list":
      io.stdout(renderWatchList(await store.watches.listWatches(), command.json));
      return 0;
    case "run":
      return runChecks(io, deps, store, settings, clock);
  }
}

async function runChecks(
  io: CliIo,
  deps: CliDependencies,
  store: StateStore,
  settings: WatchSettings,
  clock: () => Date,
): Promise<number> {
  const runProbes = deps.createRunProbes?.();
  const checkTarget = deps.createTargetCheck?.();
  if (!runProbes || !checkTarget) {
    io.stderr("rdp-fix watch run: probes are not available in this build.");
    return 1;
  }
  const holder = `watch-run:${hostname()}:${process.pid}:${randomUUID()}`;
  const outcomes = await runDueWatches({
    store,
    runProbes,
    checkTarget,
    holder,
    leaseMs: defaultWatchLeaseMs,
    certDays: settings.certDays,
    clock,
  });
  const fix = certificateFixOf(await deps.loadFlow());
  for (const outcome of outcomes) {
    const { watch } = outcome;
    if (outcome.kind === "refused")
      io.stderr(`rdp-fix watch run: ${watch.host}:${watch.port}: ${outcome.message}`);
    if (outcome.kind !== "checked" || outcome.alerts.length === 0) continue;
    if (watch.reportTo) {
      // Only serve runs the chat platforms; a cron run of the same check says where the alert belonged.
      io.stderr(
        `rdp-fix watch run: ${watch.host}:${watch.port}: ${outcome.alerts.length} alert(s) for ${reportToKey(watch.reportTo)}, which only rdp-fix serve posts (it runs due checks itself); printed here.`,
      );
    }
    for (const alert of outcome.alerts) io.stdout(renderWatchAlert(watch, alert, fix).join("\n"));
  }
  return 0;
}
