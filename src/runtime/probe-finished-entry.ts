import type { AuditEntry } from "../state/audit-entry.js";
import { platformOfConversation } from "./platform-of-conversation.js";
import type { ProbeJobPayload } from "./probe-job-payload.js";
import type { ProbeRunResult } from "./probe-with-progress.js";

/** The audit record of a probe run that ran: who asked, the target, the addresses it resolved to, how it went. */
export function probeFinishedEntry(
  probe: Omit<ProbeJobPayload, "kind">,
  startedAt: Date,
  durationMs: number,
  result: ProbeRunResult,
): AuditEntry {
  return {
    at: startedAt.toISOString(),
    action: "probe",
    actor: probe.requestedBy,
    platform: platformOfConversation(probe.conversation),
    conversation: probe.conversation,
    target: probe.host,
    outcome: "finished",
    details: {
      port: probe.port,
      sessionId: probe.sessionId,
      addresses: result.addresses,
      durationMs,
      summary: result.summary,
      findings: result.findings.map((f) => f.id),
    },
  };
}
