import pino from "pino";
import type { AlertDestination } from "../../src/chat/report-watch-alerts.js";
import { reportWatchAlerts } from "../../src/chat/report-watch-alerts.js";
import { createProbePolicy } from "../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../src/probes/run-probes.js";
import { createTargetCheck } from "../../src/runtime/probe-target-check.js";
import { runWatchesPeriodically } from "../../src/runtime/run-watches-periodically.js";
import type { StateStore } from "../../src/state/state-store.js";
import { shippedFlow } from "./engine-conversation.js";

/**
 * `serve`'s watch rounds (run what is due every 50 ms, post the alerts) against a test bot's store and chat
 * service, probing only loopback on `ports`. Log lines go to `logLines`; stop it before the bot.
 */
export function startWatchRounds(
  bot: { store: StateStore; chat: AlertDestination },
  ports: readonly number[],
  logLines: string[] = [],
): { stop(): Promise<void> } {
  const policy = createProbePolicy({
    allowedCidrs: ["127.0.0.1/32"],
    allowedHostnames: [],
    allowedPorts: [...ports],
  });
  const logger = pino({ level: "info" }, { write: (line: string) => void logLines.push(line) });
  return runWatchesPeriodically({
    store: bot.store,
    runProbes: createProbeRunner({ policy, budgetMs: 4000 }),
    checkTarget: createTargetCheck(policy),
    holder: "replica-under-test",
    leaseMs: 60_000,
    certDays: 14,
    everyMs: 50,
    report: reportWatchAlerts(bot.chat, shippedFlow(), logger),
    logger,
  });
}
