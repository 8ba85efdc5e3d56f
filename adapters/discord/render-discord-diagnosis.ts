import {
  type DiagnosisReply,
  findingsHeading,
  nextCheckLines,
  probesNotRunLine,
  recheckTarget,
  setAsideHeading,
  standingNote,
  startingPointLabel,
  stopReasonText,
  weakEvidenceHeadline,
} from "../../src/engine/index.js";
import { buttonRows, discordButton } from "./discord-components.js";
import { discordEmbed, discordMessage, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordEmbed, DiscordMessage } from "./discord-message.js";
import { embedsSize } from "./embed-size.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { formatConfidence } from "./format-confidence.js";
import { layoutDiscordCauses } from "./layout-discord-causes.js";
import { renderDiscordFeedback } from "./render-discord-feedback.js";
import { renderDiscordFindings } from "./render-discord-findings.js";
import { renderDiscordRecheck } from "./render-discord-recheck.js";

/** The probe findings get a small embed; the causes need most of the 6000 characters. */
const findingsBudget = 900;

/**
 * The diagnosis: a headline naming the top cause (the notification shows it), what the probes saw, an embed
 * per shown cause with its evidence and copyable fixes, and the causes not shown by name. Buttons: "This
 * fixed it" / "Didn't help" for each shown cause's first fix, then "Show more causes" / "Hand off".
 */
export function renderDiscordDiagnosis(
  diagnosis: DiagnosisReply,
  sessionId: string | undefined,
): DiscordMessage {
  const target = `${escapeDiscordMarkdown(diagnosis.host)} port ${diagnosis.port}`;
  const top = diagnosis.causes[0];
  const weak = diagnosis.evidence.strength === "weak";
  const title = weak ? `${weakEvidenceHeadline} for ${target}` : `Diagnosis for ${target}`;
  const lead = top
    ? `: ${weak ? "a starting point is" : "most likely"} **${escapeDiscordMarkdown(top.title)}** (${formatConfidence(top.confidence)})`
    : "";
  const checks =
    weak && diagnosis.nextChecks
      ? [
          "**What would tell the causes apart:**",
          ...nextCheckLines(diagnosis.nextChecks).map((line) => `• ${escapeDiscordMarkdown(line)}`),
          `*${startingPointLabel}:*`,
        ]
      : [];
  const hidden = diagnosis.causes.slice(diagnosis.shown);
  const open = hidden.filter((c) => !c.demoted);
  const setAside = hidden.filter((c) => c.demoted);
  const also = open
    .map((c) => `${escapeDiscordMarkdown(c.title)} ${formatConfidence(c.confidence)}`)
    .join(", ");
  const asideList = setAside
    .map((c) => `${escapeDiscordMarkdown(c.title)} *(${standingNote(c)})*`)
    .join(", ");
  const content = [
    `**${title}**${lead} *(${stopReasonText[diagnosis.reason]})*`,
    ...(diagnosis.probeSummary ? [escapeDiscordMarkdown(diagnosis.probeSummary)] : []),
    ...(diagnosis.probesNotRun
      ? [`*${escapeDiscordMarkdown(probesNotRunLine(diagnosis.probesNotRun))}*`]
      : []),
    // Before the list of other causes, so the 2000-character cut never takes the checks.
    ...checks,
    ...(open.length > 0 ? [`Also possible: ${also}.`] : []),
    ...(setAside.length > 0 ? [`${setAsideHeading}: ${asideList}.`] : []),
  ].join("\n");

  const findings: DiscordEmbed[] =
    diagnosis.findings.length > 0
      ? [
          discordEmbed({
            title: findingsHeading(diagnosis.findings),
            description: renderDiscordFindings(diagnosis.findings, findingsBudget),
            color: embedColor.info,
          }),
        ]
      : [];
  if (diagnosis.recheck)
    findings.unshift(
      discordEmbed({
        title: "Re-check after the fix",
        description: renderDiscordRecheck(diagnosis.recheck, findingsBudget),
        color: embedColor.info,
      }),
    );
  const causes = layoutDiscordCauses(diagnosis.causes.slice(0, diagnosis.shown), {
    chars: discordLimits.embedsTotal - embedsSize(findings),
    embeds: discordLimits.embedsPerMessage - findings.length,
  });

  const recheck = recheckTarget(diagnosis);
  const nav = buttonRows([
    recheck
      ? discordButton(
          `Applied ${recheck.label}: re-check now`,
          { kind: "recheck", causeId: recheck.cause.id, fixId: recheck.fixId },
          sessionId,
        )
      : undefined,
    diagnosis.serverCheck
      ? discordButton("Check the server", { kind: "check-server" }, sessionId)
      : undefined,
    hidden.length > 0 ? discordButton("Show more causes", { kind: "show-more" }, sessionId) : undefined,
    discordButton("Hand off", { kind: "handoff" }, sessionId),
  ]);
  const shown = diagnosis.causes.slice(0, diagnosis.shown);
  const feedback = renderDiscordFeedback(shown, sessionId, discordLimits.actionRows - nav.length);
  return discordMessage({ content, embeds: [...findings, ...causes], components: [...feedback, ...nav] });
}
