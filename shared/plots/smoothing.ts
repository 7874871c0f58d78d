// Smoothing of an evenly spaced series (dQ/dV over voltage bins): a centred moving average, or a
// Savitzky–Golay quadratic fit, which keeps a peak's height and position where an average flattens
// it. Near the ends the window shrinks symmetrically, so no value is invented beyond the data.
import type { Smoothing } from '../schemas/plots';

/** Savitzky–Golay quadratic weights for a window of 2m + 1 (Savitzky & Golay 1964, table I). */
export function savitzkyGolayWeights(m: number): number[] {
  const denominator = (4 * m * m - 1) * (2 * m + 3);
  return Array.from({ length: 2 * m + 1 }, (_, k) => {
    const j = k - m;
    return (3 * (3 * m * m + 3 * m - 1) - 15 * j * j) / denominator;
  });
}

function smoothAt(values: readonly number[], i: number, halfWindow: number, weightsFor: (m: number) => number[]): number {
  const m = Math.min(halfWindow, i, values.length - 1 - i);
  if (m === 0) return values[i]!;
  const weights = weightsFor(m);
  let sum = 0;
  for (let j = -m; j <= m; j += 1) sum += weights[j + m]! * values[i + j]!;
  return sum;
}

export function smooth(values: readonly number[], smoothing: Smoothing): number[] {
  if (smoothing.kind === 'none') return [...values];
  const halfWindow = (smoothing.windowBins - 1) / 2;
  const cache = new Map<number, number[]>();
  const weightsFor = (m: number) => {
    let weights = cache.get(m);
    if (!weights) {
      // A quadratic needs 5 points; a shrunken window of 3 at the ends is a plain average.
      weights = smoothing.kind === 'moving_average' || m < 2 ? Array.from({ length: 2 * m + 1 }, () => 1 / (2 * m + 1)) : savitzkyGolayWeights(m);
      cache.set(m, weights);
    }
    return weights;
  };
  return values.map((_, i) => smoothAt(values, i, halfWindow, weightsFor));
}

/** The smoothing in words, for the method line under a plot. */
export function describeSmoothing(smoothing: Smoothing): string {
  if (smoothing.kind === 'none') return 'no smoothing';
  if (smoothing.kind === 'moving_average') return `a centred moving average over ${smoothing.windowBins} bins`;
  return `Savitzky–Golay smoothing (quadratic, ${smoothing.windowBins} bins)`;
}
