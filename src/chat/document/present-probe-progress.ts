import type { Outbound } from "../../runtime/outbound.js";
import { probeStepMarks } from "../../runtime/probe-progress-lines.js";
import { code, emphasis, plain, strong } from "./inline.js";
import type { DocumentBlock, Inline, ReplyDocument } from "./reply-document.js";

type ProbeStep = Extract<Outbound, { kind: "probe-progress" }>["step"];

/** How many of the newest steps each shorter version keeps: what is happening now matters most. */
const shorterVersions = [40, 20, 8] as const;

/** Live probe progress, one line per step so far; the caller edits the one message in place. */
export function presentProbeProgress(host: string, steps: readonly ProbeStep[]): ReplyDocument {
  const version = (kept: number): DocumentBlock[] => {
    const dropped = steps.length - kept;
    return [
      ...(dropped > 0
        ? [
            {
              type: "paragraph",
              text: [emphasis(`(${dropped} earlier step(s) not shown)`)],
            } satisfies DocumentBlock,
          ]
        : []),
      ...steps
        .slice(steps.length - kept)
        .map((s): DocumentBlock => ({ type: "paragraph", text: probeStepLine(s) })),
    ];
  };
  const shorter = shorterVersions.filter((n) => n < steps.length);
  const last = steps.at(-1);
  return {
    summary: [plain(`Probing ${host}${last ? `: ${last.step} ${last.summary}` : "…"}`)],
    blocks: [
      { type: "paragraph", text: [strong(`Probing ${host}…`)] },
      { type: "shrinkable", priority: 0, variants: [steps.length, ...shorter].map(version) },
    ],
  };
}

/** ✓ `tcp` [10.0.0.5]: TCP 3389 open in 3 ms */
function probeStepLine(step: ProbeStep): Inline[] {
  return [
    plain(`${probeStepMarks[step.status]} `),
    code(step.step),
    plain(`${step.address ? ` [${step.address}]` : ""}: ${step.summary}`),
  ];
}
