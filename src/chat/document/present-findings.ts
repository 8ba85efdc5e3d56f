import type { DiagnosisReply } from "../../engine/index.js";
import { formatTime } from "./format-time.js";
import { code, emphasis, plain } from "./inline.js";
import type { DocumentBlock, Inline } from "./reply-document.js";

type Finding = DiagnosisReply["findings"][number];

/** How many findings each shorter version of the list keeps; the handoff always lists them all. */
const shorterLists = [10, 3] as const;

/** What the probes saw, one line each: `tcp.open` [10.0.0.5]: 3 of 3 connections opened. */
export function findingLine(finding: Finding, withTime = false): Inline[] {
  return [
    ...(withTime ? [plain(`${formatTime(finding.at)} `)] : []),
    code(finding.id),
    plain(`${finding.address ? ` [${finding.address}]` : ""}: ${finding.detail ?? finding.explanation}`),
  ];
}

/**
 * The findings under their heading, and shorter versions for the fitting pass: the first few and how many
 * more there are, which the handoff lists in full. They shrink before the second cause does.
 */
export function presentFindings(heading: Inline[], findings: readonly Finding[]): DocumentBlock {
  const version = (shown: number): DocumentBlock[] => {
    const left = findings.length - shown;
    return [
      { type: "heading", text: heading, tone: "info" },
      { type: "list", items: findings.slice(0, shown).map((f) => findingLine(f)) },
      ...(left > 0
        ? [
            {
              type: "paragraph",
              text: [emphasis(`…and ${left} more; Hand off lists every finding.`)],
            } satisfies DocumentBlock,
          ]
        : []),
    ];
  };
  const shorter = shorterLists.filter((n) => n < findings.length);
  return { type: "shrinkable", priority: 1.5, variants: [findings.length, ...shorter].map(version) };
}
