/**
 * A cheap first look at a chat message, before it is queued: does it carry a server report (an RDPFIX line
 * of any version, so that a wrong version still gets its clear error, or the collector's -Json output)? The
 * full checks run on whichever replica takes the work.
 */
export function looksLikeServerReport(text: string): boolean {
  return text.includes("RDPFIX") || /"collectedAt"\s*:/.test(text);
}
