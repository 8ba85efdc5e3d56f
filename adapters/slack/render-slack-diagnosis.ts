import {
  type DiagnosisReply,
  findingsHeading,
  nextCheckLines,
  probesNotRunLine,
  type RankedCause,
  recheckTarget,
  setAsideHeading,
  standingNote,
  startingPointLabel,
  stopReasonText,
  weakEvidenceHeadline,
} from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { formatConfidence } from "./format-confidence.js";
import { layoutSlackCauses } from "./layout-slack-causes.js";
import { renderSlackFindings } from "./render-slack-findings.js";
import { renderSlackRecheck } from "./render-slack-recheck.js";
import type { KnownBlock } from "./slack-block-types.js";
import { actionsBlocks, fallbackText, mrkdwnContext, mrkdwnSection } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";

/**
 * The diagnosis card: what the probes saw, then each shown cause with its evidence and copyable fixes, with
 * "This fixed it" / "Didn't help" under its first fix, and "Show more causes" / "Hand off" at the end.
 */
export function renderSlackDiagnosis(diagnosis: DiagnosisReply, sessionId: string | undefined): SlackMessage {
  const target = `${escapeMrkdwn(diagnosis.host)} port ${diagnosis.port}`;
  const summary = diagnosis.probeSummary ? [escapeMrkdwn(diagnosis.probeSummary)] : [];
  if (diagnosis.probesNotRun) summary.push(`_${escapeMrkdwn(probesNotRunLine(diagnosis.probesNotRun))}_`);
  const weak = diagnosis.evidence.strength === "weak";
  const title = weak ? `${weakEvidenceHeadline} for ${target}` : `Diagnosis for ${target}`;
  const head: KnownBlock[] = [
    mrkdwnSection([`*${title}* _(${stopReasonText[diagnosis.reason]})_`, ...summary].join("\n")),
  ];
  if (diagnosis.recheck) head.push(mrkdwnSection(renderSlackRecheck(diagnosis.recheck)));
  if (diagnosis.findings.length > 0)
    head.push(
      mrkdwnSection(
        [`*${findingsHeading(diagnosis.findings)}:*`, ...renderSlackFindings(diagnosis.findings)].join("\n"),
      ),
    );

  if (weak && diagnosis.nextChecks)
    head.push(
      mrkdwnSection(
        [
          "*What would tell the causes apart:*",
          ...nextCheckLines(diagnosis.nextChecks).map((line) => `• ${escapeMrkdwn(line)}`),
          `_${startingPointLabel}:_`,
        ].join("\n"),
      ),
    );

  const hidden = diagnosis.causes.slice(diagnosis.shown);
  const recheck = recheckTarget(diagnosis);
  const tail: KnownBlock[] = [];
  if (hidden.length > 0) {
    const list = (causes: RankedCause[]) =>
      causes.map((c) => `${escapeMrkdwn(c.title)} ${formatConfidence(c.confidence)}`).join(", ");
    const open = hidden.filter((c) => !c.demoted);
    const setAside = hidden.filter((c) => c.demoted);
    if (open.length > 0) tail.push(mrkdwnContext(`Also possible: ${list(open)}.`));
    if (setAside.length > 0)
      tail.push(
        mrkdwnContext(
          `${setAsideHeading}: ${setAside.map((c) => `${escapeMrkdwn(c.title)} _(${standingNote(c)})_`).join(", ")}.`,
        ),
      );
  }
  tail.push(
    ...actionsBlocks([
      recheck
        ? actionButton(
            `Applied ${recheck.label}: re-check now`,
            { kind: "recheck", causeId: recheck.cause.id, fixId: recheck.fixId },
            sessionId,
          )
        : undefined,
      diagnosis.serverCheck
        ? actionButton("Check the server", { kind: "check-server" }, sessionId)
        : undefined,
      hidden.length > 0 ? actionButton("Show more causes", { kind: "show-more" }, sessionId) : undefined,
      actionButton("Hand off", { kind: "handoff" }, sessionId),
    ]),
  );
  const shown = diagnosis.causes.slice(0, diagnosis.shown);
  const causes = layoutSlackCauses(
    shown,
    sessionId,
    slackLimits.blocksPerMessage - head.length - tail.length,
  );
  const top = diagnosis.causes[0];
  const lead = top
    ? `: ${weak ? "a starting point is" : "most likely"} ${escapeMrkdwn(top.title)} (${formatConfidence(top.confidence)})`
    : "";
  return {
    text: fallbackText(`${title}${lead}`),
    blocks: [...head, ...causes, ...tail],
  };
}
