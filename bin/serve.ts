import type { DestinationStream } from "pino";
import { discordConfigSection } from "../adapters/discord/discord-config.js";
import type { RunningChatAdapter } from "../src/chat/chat-adapter.js";
import { createChatService } from "../src/chat/chat-service.js";
import { reportWatchAlerts } from "../src/chat/report-watch-alerts.js";
import { loadDefaultFlow } from "../src/flow/load-default-flow.js";
import { createProbeRunner } from "../src/probes/run-probes.js";
import { ConfigError } from "../src/runtime/config-error.js";
import { createLogger } from "../src/runtime/create-logger.js";
import { createHttpServer } from "../src/runtime/http-server.js";
import { installLastResort } from "../src/runtime/install-last-resort.js";
import { createMetricsRegistry } from "../src/runtime/metrics-registry.js";
import { probeEndpoint } from "../src/runtime/probe-endpoint.js";
import { createTargetCheck } from "../src/runtime/probe-target-check.js";
import { pruneOldState } from "../src/runtime/prune-old-state.js";
import { readConfig } from "../src/runtime/read-config.js";
import { watchLeaseMs } from "../src/runtime/run-due-watches.js";
import { runWatchesPeriodically } from "../src/runtime/run-watches-periodically.js";
import { withWatchGauges } from "../src/runtime/watch-gauges.js";
import { openStateStore } from "../src/state/open-state-store.js";
import { loadServeConfig, noPlatformNotice } from "./load-serve-config.js";

export interface RunningBots {
  /** SIGTERM: stop taking work, finish or hand back running jobs, close the store. */
  stop(): Promise<void>;
  /** Resolves when an uncaught error outside any job asks for a clean stop and exit 1 (install-last-resort). */
  failed: Promise<unknown>;
}

export interface ServeOptions {
  /** Where the JSON log lines go (stdout by default); tests read them. */
  logDestination?: DestinationStream;
  /** How long a stop waits for running jobs before handing them back to the store (default 10 s). */
  stopGraceMs?: number;
  /** How often due watch checks are looked for (default 30 s, or the watch lease when shorter). */
  watchPollMs?: number;
}

/**
 * Composition root of `rdp-fix serve`: configuration from the environment (validated once, every problem
 * named), one flow, the state store (SQLite by default, PostgreSQL with DATABASE_URL), one chat layer with
 * its durable work queue shared by every chat adapter configured, and GET /healthz, /metrics and /probe on
 * PORT (one metrics registry for the process), and the due watch checks. With no chat platform configured it
 * serves the HTTP endpoints and the watches.
 */
export async function serve(
  env: NodeJS.ProcessEnv,
  flowDir: string,
  options: ServeOptions = {},
): Promise<RunningBots> {
  const config = loadServeConfig(env);
  const { state: stateConfig, timing, probeControl } = config;
  const logger = createLogger({
    level: config.serve.logLevel,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const { metrics, registry } = createMetricsRegistry({ processMetrics: true });
  const flow = await loadDefaultFlow(flowDir);
  // The bot's commits share the loop that acknowledges chat requests: its WAL is checkpointed on a thread.
  const store = await openStateStore(stateConfig, { walCheckpointEveryMs: 1000 });
  logger.info(
    { store: store.kind, ...(stateConfig.kind === "sqlite" ? { path: stateConfig.path } : {}) },
    "state store open",
  );
  // One probe pipeline (policy and budget) for conversations and scrapes alike.
  const runProbes = createProbeRunner({ policy: config.policy, budgetMs: config.serve.probeBudgetMs });
  const checkTarget = createTargetCheck(config.policy);
  const chat = createChatService({
    flow,
    store,
    logger,
    runProbes,
    probeControl,
    checkTarget,
    jobLeaseMs: timing.jobLeaseMs,
    // A conversation's lock is renewed while held, so its TTL only says how long a dead holder blocks it.
    lockTtlMs: timing.jobLeaseMs,
    metrics,
    watch: config.watch,
  });
  // The one HTTP server on PORT: /healthz, /metrics, /probe, and the webhook of each adapter that needs one.
  const http = createHttpServer({ health: () => store.health(), metrics: withWatchGauges(registry, store) });
  http.route(
    "/probe",
    probeEndpoint({
      ...config.exporter,
      checkTarget,
      runProbes,
      store,
      maxConcurrent: probeControl.maxConcurrent,
      logger: logger.child({ endpoint: "probe" }),
    }),
  );
  let unownedError: (error: unknown) => void = () => undefined;
  const failed = new Promise<unknown>((resolve) => {
    unownedError = resolve;
  });
  // From here on a bug that escapes a job settles that job instead of ending the process.
  const removeLastResort = installLastResort({
    logger,
    settleCrashedJob: chat.settleCrashedJob,
    stopAfterUnownedError: (error) => unownedError(error),
  });
  // Stopping goes in order: no new work from the platforms, then the running jobs, then the store.
  const adapters: RunningChatAdapter[] = [];
  let retention: { stop(): void } | undefined;
  let watches: { stop(): Promise<void> } | undefined;
  const stop = async () => {
    retention?.stop();
    await watches?.stop();
    await Promise.allSettled(adapters.splice(0).map((adapter) => adapter.stop()));
    await chat.stop(options.stopGraceMs);
    await store.close();
    await http.stop();
    removeLastResort();
  };
  try {
    if (config.platforms.length === 0) logger.warn(noPlatformNotice());
    for (const adapter of config.platforms) {
      const logs = logger.child({ platform: adapter.name });
      adapters.push(await adapter.start({ flow, chat, logger: logs, metrics, http, timing }));
    }
    // Webhooks are attached first, so the port never answers 404 for a path about to be served.
    await http.listen(config.serve.port);
    await chat.start();
    retention = pruneOldState(
      store,
      {
        auditDays: probeControl.auditDays,
        longestRateWindowMs: Math.max(probeControl.perUser.windowMs, probeControl.perHost.windowMs),
      },
      logger,
    );
    // Due watch checks, on every replica: the store's leases make each check run once across them. Rounds come
    // at least once a lease, so a check a dead replica held runs again soon after its lease ends.
    const leaseMs = watchLeaseMs(config.serve.probeBudgetMs);
    watches = runWatchesPeriodically({
      store,
      runProbes,
      checkTarget,
      holder: chat.replicaId,
      leaseMs,
      certDays: config.watch.certDays,
      control: probeControl,
      everyMs: options.watchPollMs ?? Math.min(30_000, leaseMs),
      report: reportWatchAlerts(chat, flow, logger.child({ part: "watch" })),
      logger: logger.child({ part: "watch" }),
    });
    logger.info({ store: store.kind, replica: chat.replicaId }, "serving");
  } catch (error) {
    // Whatever started before the failure is stopped, so a failed start leaves no port or socket behind.
    await stop();
    throw error;
  }
  return { stop, failed };
}

/** `rdp-fix discord register`: the Discord part of the configuration, then a bulk overwrite of the commands. */
export async function registerDiscordFromEnv(env: NodeJS.ProcessEnv, guildId?: string): Promise<string[]> {
  const { discord } = readConfig(env, { discord: discordConfigSection });
  if (!discord) {
    throw ConfigError.invalid(["DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands."]);
  }
  // discord.js is loaded for this command only, as for serving (discordChatAdapter).
  const { registerDiscordCommands } = await import("../adapters/discord/discord-app.js");
  return registerDiscordCommands(discord.connection, guildId);
}
