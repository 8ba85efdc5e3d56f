import type { DiagnosisReply } from "../../src/engine/index.js";

/**
 * What the terminal says to a re-check of a diagnosis whose probes never ran (nothing to compare with), in
 * place of the engine's notice, which names the chat command; undefined when the re-check can go ahead.
 */
export function recheckWithoutProbes(diagnosis: DiagnosisReply): string | undefined {
  if (diagnosis.probeSummary !== undefined) return undefined;
  const port = diagnosis.port === 3389 ? "" : ` --port ${diagnosis.port}`;
  return `The probes did not run for this diagnosis, so there is nothing to compare with. Run \`rdp-fix diagnose ${diagnosis.host}${port}\` again and let it probe (with --yes where nothing can ask).`;
}
