import type { DiagnosisReply } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { engineConversation } from "./engine-conversation.js";

export interface Situation {
  /** What the person at the keyboard knows: question id -> answer id. Anything else they skip. */
  knows: Record<string, string>;
  /** Findings the probes report, if the situation includes a probe run. */
  findings?: string[];
}

/**
 * Plays a support engineer through a whole conversation: answers what they know, skips what they don't,
 * and returns the questions asked and the final diagnosis.
 */
export function playSituation(
  flow: Flow,
  situation: Situation,
): { asked: string[]; diagnosis: DiagnosisReply } {
  const bot = engineConversation(flow);
  const findings = situation.findings ?? [];
  bot.start("host42", { probing: findings.length > 0 });
  if (findings.length > 0) {
    bot.send({ kind: "consent", allow: true, user: "alice" });
    bot.send({
      kind: "probes-finished",
      summary: "lab probe",
      findings: findings.map((id) => ({ id, at: "2026-11-21T09:00:01.000Z" })),
    });
  }
  const asked: string[] = [];
  for (let reply = bot.last; reply.kind === "question"; reply = bot.last) {
    asked.push(reply.questionId);
    const answer = situation.knows[reply.questionId];
    if (answer) bot.answer(reply.questionId, answer);
    else bot.send({ kind: "skip-question", questionId: reply.questionId, user: "alice" });
  }
  const diagnosis = bot.last;
  if (diagnosis.kind !== "diagnosis")
    throw new Error(`the conversation ended with ${diagnosis.kind}, not a diagnosis`);
  return { asked, diagnosis };
}
