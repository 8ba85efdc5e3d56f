import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { type Effect, type InboundEvent, step } from "../engine/index.js";
import type { Flow } from "../flow/flow-schema.js";
import type { ProbeReport, ProbeRequest, ProbeStep } from "../probes/probe-report.js";
import { type ChatPlatform, sessionLogger } from "./create-logger.js";
import { KeyedLock } from "./keyed-lock.js";
import type { Outbound, Send } from "./outbound.js";
import type { SessionStore } from "./session-store.js";
import { summarizeProbeReport } from "./summarize-probe-report.js";
import { summarizeUserText } from "./summarize-user-text.js";

export type RunProbes = (request: ProbeRequest) => Promise<ProbeReport>;

export interface ConversationRunnerOptions {
  flow: Flow;
  store: SessionStore;
  runProbes?: RunProbes;
  logger?: Logger;
  /** Named in every log line of a conversation. */
  platform?: ChatPlatform;
  clock?: () => Date;
  newId?: () => string;
}

export interface ConversationRunner {
  /** Steps the conversation with one event, sends the replies, and carries out the effects (awaited). */
  dispatch(conversation: string, event: InboundEvent, send: Send): Promise<void>;
}

/**
 * Glue between adapters and the pure engine: loads the session, steps it under a per-conversation lock,
 * saves it with compare-and-set, sends replies, then runs effects outside the lock so that a slow probe run
 * never blocks a "cancel" in the same thread.
 */
export function createConversationRunner(options: ConversationRunnerOptions): ConversationRunner {
  const { flow, store, runProbes, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const lock = new KeyedLock();

  const dispatch = async (conversation: string, event: InboundEvent, send: Send): Promise<void> => {
    const effects = await lock.run(conversation, async () => {
      const before = await store.load(conversation);
      const result = step(flow, before, event, { now: clock().toISOString(), newId });
      if (result.session !== undefined && result.session !== before) {
        const saved = await store.save(conversation, result.session, before?.version);
        if (!saved) {
          logger?.warn({ conversation, event: event.kind }, "session changed concurrently; step dropped");
          const text = "Someone else moved this diagnosis on at the same moment; nothing was lost.";
          await send({ kind: "notice", text }, before ? { sessionId: before.id } : {});
          return [];
        }
      }
      if (logger && result.session) {
        const log = sessionLogger(logger, {
          sessionId: result.session.id,
          conversation,
          platform: options.platform ?? "terminal",
        });
        // What the user typed may hold anything, pasted secrets included: it is logged cut short, if at all.
        const said = event.kind === "start" ? { host: event.host, text: summarizeUserText(event.text) } : {};
        log.info(
          { event: event.kind, ...said, status: result.session.status, version: result.session.version },
          "step",
        );
      }
      const context = result.session ? { sessionId: result.session.id } : {};
      for (const reply of result.replies) await send(reply, context);
      return result.effects;
    });
    for (const effect of effects) await carryOut(conversation, effect, send);
  };

  const carryOut = async (conversation: string, effect: Effect, send: Send): Promise<void> => {
    switch (effect.kind) {
      case "run-probes": {
        const context = { sessionId: effect.sessionId };
        const audit = {
          audit: "probe",
          conversation,
          sessionId: effect.sessionId,
          requestedBy: effect.requestedBy,
          host: effect.host,
          port: effect.port,
        };
        logger?.info(audit, "probe run starting");
        const findings = await probe(effect.host, effect.port, (message) => send(message, context));
        logger?.info(
          { ...audit, outcome: findings.summary, findings: findings.findings.map((f) => f.id) },
          "probe run finished",
        );
        await dispatch(conversation, { kind: "probes-finished", ...findings }, send);
        return;
      }
      case "record-outcome":
        logger?.info({ audit: "fix-outcome", ...effect }, "fix outcome recorded");
        return;
    }
  };

  const probe = async (host: string, port: number, send: (message: Outbound) => Promise<void>) => {
    if (!runProbes) {
      return { findings: [], summary: "Probes are not available here; the ranking uses answers only." };
    }
    const onStep = (step: ProbeStep) => {
      // Progress is best effort: a failed progress update must not fail the probe run.
      send({ kind: "probe-progress", host, step }).catch((error: unknown) => {
        logger?.warn({ err: error, host }, "probe progress not delivered");
      });
    };
    try {
      const report = await runProbes({ host, port, onStep });
      return { findings: report.findings, summary: summarizeProbeReport(report) };
    } catch (error) {
      // A probe bug must not strand the conversation: it goes on with answers only, and the log has the cause.
      logger?.error({ err: error, host, port }, "probe run failed");
      await send({
        kind: "notice",
        text: "The probes failed unexpectedly; I will go on with questions only.",
      });
      return { findings: [], summary: "The probe run failed; see the bot's log." };
    }
  };

  return { dispatch };
}
