import type { NextChecks } from "./reply.js";

/** The next checks of a weak diagnosis in the same words on every platform; renderers escape them. */
export function nextCheckLines(checks: NextChecks): string[] {
  const lines: string[] = [];
  if (checks.probe)
    lines.push("Probe the server: its port, TLS handshake and certificate show many causes directly.");
  if (checks.question) lines.push(`Answer: ${checks.question.text}`);
  if (checks.serverCheck) lines.push(`Check the top cause: ${checks.serverCheck}`);
  return lines;
}

/** The label over a weak diagnosis's ranking, so nobody reads it as the answer. */
export const weakEvidenceHeadline = "Not enough evidence yet";
export const startingPointLabel = "A starting point, not a diagnosis: the causes most likely so far";
