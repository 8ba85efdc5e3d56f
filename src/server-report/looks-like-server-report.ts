/**
 * A cheap first look at a chat message, before it is queued: does it carry a server report (an RDPFIX<n>:
 * line of any version, so that a wrong version still gets its clear error, or the collector's -Json output)?
 * A message that merely mentions RDPFIX is not one. The full checks run on whichever replica takes the work.
 */
export function looksLikeServerReport(text: string): boolean {
  return /RDPFIX\d+:/.test(text) || /"collectedAt"\s*:/.test(text);
}
