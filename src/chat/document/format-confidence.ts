/** A posterior as people read it: 0.8731 -> "87%". */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
