import type { Logger } from "pino";
import type { ConversationRunner } from "../runtime/conversation-runner.js";
import type { GiveUpReason, JobHandler } from "../runtime/job-worker.js";
import type { Metrics, ProbeRunOutcome } from "../runtime/metrics.js";
import type { Send } from "../runtime/outbound.js";
import { probeFinishedEntry } from "../runtime/probe-finished-entry.js";
import type { ProbeJobPayload } from "../runtime/probe-job-payload.js";
import { probeWithProgress, type RunProbes } from "../runtime/probe-with-progress.js";
import type { ClaimedJob } from "../state/job.js";
import type { StateStore } from "../state/state-store.js";

export interface ProbeJobDeps {
  store: StateStore;
  runner: ConversationRunner;
  runProbes: RunProbes | undefined;
  senderFor(conversation: string): Send;
  logger: Logger;
  clock?: () => Date;
  metrics?: Metrics;
}

const giveUpWords: Record<GiveUpReason, string> = {
  interrupted: "the bot restarted while probing, twice",
  deadline: "it waited too long to start",
  failed: "it failed unexpectedly",
  crashed: "an error in the bot stopped it; it is logged and not retried",
};

/**
 * A queued probe run, taken by whichever replica is free: progress in the thread, an audit record, then
 * the findings back into the conversation. A second take means the first holder died, and the thread is told.
 */
export function probeJobHandler(deps: ProbeJobDeps): JobHandler {
  const clock = deps.clock ?? (() => new Date());
  return {
    async run(job: ClaimedJob) {
      const probe = job.payload as ProbeJobPayload;
      const send = deps.senderFor(probe.conversation);
      const context = { sessionId: probe.sessionId };
      if (job.attempts > 1) {
        const text = `The bot restarted while probing ${probe.host}; probing it again.`;
        await send({ kind: "notice", text }, context);
      }
      const startedAt = clock();
      const audit = { audit: "probe", ...probe, attempt: job.attempts };
      deps.logger.info(audit, "probe run starting");
      const result = await probeWithProgress(deps.runProbes, probe, (m) => send(m, context), deps.logger);
      const findings = result.findings.map((f) => f.id);
      const durationMs = clock().getTime() - startedAt.getTime();
      deps.metrics?.probeRun("finished", durationMs / 1000);
      deps.logger.info({ ...audit, outcome: result.summary, findings }, "probe run finished");
      await deps.store.appendAudit(probeFinishedEntry(probe, startedAt, durationMs, result));
      const { findings: observed, facts, summary } = result;
      await deps.runner.dispatch(
        probe.conversation,
        { kind: "probes-finished", findings: observed, facts, summary },
        send,
      );
    },
    async giveUp(job: ClaimedJob, reason: GiveUpReason) {
      const probe = job.payload as ProbeJobPayload;
      await settleInterruptedProbe(
        deps,
        probe.conversation,
        probe.sessionId,
        probe.host,
        giveUpWords[reason],
        reason,
      );
    },
  };
}

/** A probe run that will not finish: the thread hears why, and the diagnosis goes on without its findings. */
export async function settleInterruptedProbe(
  deps: Pick<ProbeJobDeps, "runner" | "senderFor" | "metrics">,
  conversation: string,
  sessionId: string,
  host: string,
  why: string,
  outcome: ProbeRunOutcome = "interrupted",
): Promise<void> {
  deps.metrics?.probeRun(outcome);
  const send = deps.senderFor(conversation);
  const text = `The check of ${host} was interrupted (${why}) and did not finish. I will go on without it.`;
  await send({ kind: "notice", text, restart: { kind: "probe-again", host } }, { sessionId });
  const summary = `The probe run was interrupted (${why}); no findings.`;
  await deps.runner.dispatch(conversation, { kind: "probes-finished", findings: [], summary }, send);
}
