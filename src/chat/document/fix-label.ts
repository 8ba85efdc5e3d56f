/** "1a" names the first fix of the first cause, "2b" the second of the second, on every platform. */
export function fixLabel(cause: { rank: number }, index: number): string {
  return `${cause.rank}${String.fromCharCode(97 + index)}`;
}
