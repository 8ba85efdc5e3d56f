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
} from "../../engine/index.js";
import { formatConfidence } from "./format-confidence.js";
import { emphasis, plain, strong } from "./inline.js";
import { presentCause } from "./present-cause.js";
import { presentFindings } from "./present-findings.js";
import { presentRecheck } from "./present-recheck.js";
import type { DocumentBlock, DocumentButton, ReplyDocument } from "./reply-document.js";

/**
 * The diagnosis card: what the probes saw, then each shown cause with its evidence and fixes (the fitting
 * pass shortens the lower ones first), the causes not shown by name, and the card's buttons: re-check the
 * next fix, "Check the server", "Show more causes", "Hand off".
 */
export function presentDiagnosis(diagnosis: DiagnosisReply): ReplyDocument {
  const target = `${diagnosis.host} port ${diagnosis.port}`;
  const weak = diagnosis.evidence.strength === "weak";
  const title = weak ? `${weakEvidenceHeadline} for ${target}` : `Diagnosis for ${target}`;
  const blocks: DocumentBlock[] = [
    { type: "heading", text: [strong(title), plain(" "), emphasis(`(${stopReasonText[diagnosis.reason]})`)] },
  ];
  if (diagnosis.probeSummary) blocks.push({ type: "paragraph", text: [plain(diagnosis.probeSummary)] });
  if (diagnosis.probesNotRun)
    blocks.push({ type: "paragraph", text: [emphasis(probesNotRunLine(diagnosis.probesNotRun))] });
  if (diagnosis.recheck) blocks.push(...presentRecheck(diagnosis.recheck));
  if (diagnosis.findings.length > 0)
    blocks.push(presentFindings([strong(`${findingsHeading(diagnosis.findings)}:`)], diagnosis.findings));
  if (weak && diagnosis.nextChecks)
    blocks.push(
      { type: "heading", text: [strong("What would tell the causes apart:")] },
      { type: "list", items: nextCheckLines(diagnosis.nextChecks).map((line) => [plain(line)]) },
      { type: "paragraph", text: [emphasis(`${startingPointLabel}:`)] },
    );
  const shown = diagnosis.causes.slice(0, diagnosis.shown);
  blocks.push(...shown.map((cause, i) => presentCause(cause, i === 0)));
  const hidden = diagnosis.causes.slice(diagnosis.shown);
  blocks.push(...hiddenCauses(hidden), { type: "actions", items: cardButtons(diagnosis, hidden.length > 0) });
  const top = diagnosis.causes[0];
  const lead = top
    ? `: ${weak ? "a starting point is" : "most likely"} ${top.title} (${formatConfidence(top.confidence)})`
    : "";
  return { summary: [plain(`${title}${lead}`)], blocks };
}

/** "Also possible: ..." and the set-aside causes, by name: the rest is one "Show more causes" away. */
function hiddenCauses(hidden: RankedCause[]): DocumentBlock[] {
  const named = (causes: RankedCause[]) =>
    causes.map((c) => `${c.title} ${formatConfidence(c.confidence)}`).join(", ");
  const open = hidden.filter((c) => !c.demoted);
  const setAside = hidden.filter((c) => c.demoted);
  // Apart from the last cause shown, which they are not about.
  const notes: DocumentBlock[] = hidden.length > 0 ? [{ type: "divider" }] : [];
  if (open.length > 0) notes.push({ type: "note", text: [plain(`Also possible: ${named(open)}.`)] });
  if (setAside.length > 0)
    notes.push({
      type: "note",
      text: [
        plain(`${setAsideHeading}: `),
        ...setAside.flatMap((c, i) => [
          plain(`${i > 0 ? ", " : ""}${c.title} `),
          emphasis(`(${standingNote(c) ?? ""})`),
        ]),
        plain("."),
      ],
    });
  return notes;
}

function cardButtons(diagnosis: DiagnosisReply, more: boolean): DocumentButton[] {
  const recheck = recheckTarget(diagnosis);
  const buttons: DocumentButton[] = [];
  if (recheck)
    buttons.push({
      type: "button",
      label: `Applied ${recheck.label}: re-check now`,
      action: { kind: "recheck", causeId: recheck.cause.id, fixId: recheck.fixId },
    });
  if (diagnosis.serverCheck)
    buttons.push({ type: "button", label: "Check the server", action: { kind: "check-server" } });
  if (more) buttons.push({ type: "button", label: "Show more causes", action: { kind: "show-more" } });
  buttons.push({ type: "button", label: "Hand off", action: { kind: "handoff" } });
  return buttons;
}
