/**
 * Turns log2 weights (log2 prior + evidence bits) into probabilities that sum to 1. Subtracting the maximum
 * first keeps 2^x finite however much evidence piles up.
 */
export function posterior(log2Weights: readonly number[]): number[] {
  if (log2Weights.length === 0) return [];
  const max = Math.max(...log2Weights);
  const raw = log2Weights.map((w) => 2 ** (w - max));
  const total = raw.reduce((sum, x) => sum + x, 0);
  return raw.map((x) => x / total);
}

/** Shannon entropy in bits. */
export function entropy(probabilities: readonly number[]): number {
  let h = 0;
  for (const p of probabilities) if (p > 0) h -= p * Math.log2(p);
  return h;
}
