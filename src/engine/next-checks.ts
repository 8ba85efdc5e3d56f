import type { Flow } from "../flow/flow-schema.js";
import { chooseQuestion } from "./choose-question.js";
import { fillPlaceholders } from "./fill-placeholders.js";
import type { NextChecks, RankedCause } from "./reply.js";
import type { Session } from "./session.js";

/**
 * What would tell the causes apart when the evidence is too weak: probing (when no probe reported
 * anything), the open question the chooser rates most useful, and the first server-side check that
 * confirms or rules out the top cause.
 */
export function nextChecks(flow: Flow, session: Session, top: RankedCause | undefined): NextChecks {
  const question = chooseQuestion(flow, session)?.question;
  const serverCheck = top?.confirm[0];
  return {
    // Probing again is no use when the policy or the limits refused it for this target.
    probe: session.findings.length === 0 && session.probesNotRun?.because !== "refused",
    ...(question === undefined
      ? {}
      : { question: { id: question.id, text: fillPlaceholders(question.text, session) } }),
    ...(serverCheck === undefined ? {} : { serverCheck }),
  };
}
