/**
 * Evidence bits in the words a support engineer reads, on the flow's own scale (+1 "somewhat more likely",
 * +3 "strongly suggests", -3 "nearly rules out"). Terminal, Slack and Discord all say it this way; the
 * number itself stays in `--json`.
 */
export function evidenceWords(bits: number): string {
  if (bits >= 3) return "strongly suggests this";
  if (bits >= 2) return "suggests this";
  if (bits > 0) return "makes this somewhat more likely";
  if (bits <= -3) return "nearly rules this out";
  if (bits <= -2) return "argues against this";
  if (bits < 0) return "makes this somewhat less likely";
  return "neither for nor against";
}
