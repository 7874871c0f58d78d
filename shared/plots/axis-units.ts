// Axis units picked by the magnitude of what is plotted, so a µAh-range test reads "20 µAh" and not
// "0.00002 mAh" or "20μ" on a mAh axis: the prefix replaces the m of mAh (µAh, Ah), it never stacks
// on it ("μmAh"). Per-gram and per-area capacities move their prefix the same way (µAh/cm²).
import type { CapacityBasis } from '../schemas/plots';

export interface AxisUnit {
  /** "mAh", "µAh/cm²", "Ah". */
  unit: string;
  /** Multiply a value in the base unit (mAh, mAh/g, mAh/cm²) by this to get it in `unit`. */
  factor: number;
}

const BASIS_SUFFIX: Record<CapacityBasis, string> = { cell: '', per_gram: '/g', per_cm2: '/cm²' };

/**
 * The capacity unit for values whose largest magnitude is `maxMAh` (in mAh, mAh/g or mAh/cm²):
 * Ah from 1000 up, mAh from 1, µAh below 1 (0.5 mAh reads 500 µAh). Zero or no data stays mAh.
 */
export function capacityAxisUnit(maxMAh: number, basis: CapacityBasis = 'cell'): AxisUnit {
  const suffix = BASIS_SUFFIX[basis];
  const magnitude = Math.abs(maxMAh);
  if (!Number.isFinite(magnitude) || magnitude === 0) return { unit: `mAh${suffix}`, factor: 1 };
  if (magnitude >= 1000) return { unit: `Ah${suffix}`, factor: 1e-3 };
  if (magnitude < 1) return { unit: `µAh${suffix}`, factor: 1e3 };
  return { unit: `mAh${suffix}`, factor: 1 };
}

/** The current unit for currents whose largest magnitude is `maxMA`: A, mA or µA. */
export function currentAxisUnit(maxMA: number): AxisUnit {
  const magnitude = Math.abs(maxMA);
  if (!Number.isFinite(magnitude) || magnitude === 0) return { unit: 'mA', factor: 1 };
  if (magnitude >= 1000) return { unit: 'A', factor: 1e-3 };
  if (magnitude < 1) return { unit: 'µA', factor: 1e3 };
  return { unit: 'mA', factor: 1 };
}

/** The largest magnitude among numbers, NaN and null skipped (0 when there is none). */
export function maxMagnitude(values: Iterable<number | null>): number {
  let max = 0;
  for (const value of values) if (value !== null && Number.isFinite(value) && Math.abs(value) > max) max = Math.abs(value);
  return max;
}
