/**
 * The middle value of a sample (the upper one of the two middles for an even count), or null for an
 * empty one. The plausibility checks read typical spans and intervals with it: an actual reading is
 * quoted back to the user, never an average of two.
 */
export function upperMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
