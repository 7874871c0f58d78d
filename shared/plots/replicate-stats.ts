// Replicate cells of one build summarised as mean ± sample standard deviation (n − 1 in the
// denominator: a few cells are a sample of the build, not all of it) with n, as a results table
// reports them. One value has a mean and no spread.
import type { ReplicateStat } from '../schemas/plots';

export function replicateStat(values: ReadonlyArray<number | null>): ReplicateStat {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const n = known.length;
  if (n === 0) return { mean: null, sd: null, n: 0 };
  const mean = known.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { mean, sd: null, n };
  const variance = known.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { mean, sd: Math.sqrt(variance), n };
}
