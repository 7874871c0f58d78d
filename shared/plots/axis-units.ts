// Axis units picked by the magnitude of what is plotted, so a µAh-range test reads "20 µAh" and not
// "0.00002 mAh" or "20μ" on a mAh axis. The prefix comes from the one formatter's scaleUnit
// (shared/format/si-prefix.ts), which replaces the m of mAh (µAh, Ah) and never stacks on it
// ("μmAh"); per-gram and per-area capacities move their prefix the same way (µAh/cm²).
import { MICRO, scaleUnit, type ScaledUnit } from '../format/si-prefix';
import type { CapacityBasis } from '../schemas/plots';

/** "mAh", "µAh/cm²", "Ah", and the factor from the base unit (mAh, mAh/g, mAh/cm², mA) to it. */
export type AxisUnit = ScaledUnit;

const BASIS_SUFFIX: Record<CapacityBasis, string> = { cell: '', per_gram: '/g', per_cm2: '/cm²' };

/** The prefixes a plot axis uses: no nano and no kilo, a lab reads µAh and Ah. */
const AXIS_PREFIXES = ['', 'm', MICRO];

/**
 * The capacity unit for values whose largest magnitude is `maxMAh` (in mAh, mAh/g or mAh/cm²):
 * Ah from 1000 up, mAh from 1, µAh below 1 (0.5 mAh reads 500 µAh). Zero or no data stays mAh.
 */
export function capacityAxisUnit(maxMAh: number, basis: CapacityBasis = 'cell'): AxisUnit {
  return scaleUnit(maxMAh, `mAh${BASIS_SUFFIX[basis]}`, AXIS_PREFIXES);
}

/** The current unit for currents whose largest magnitude is `maxMA`: A, mA or µA. */
export function currentAxisUnit(maxMA: number): AxisUnit {
  return scaleUnit(maxMA, 'mA', AXIS_PREFIXES);
}

/** The largest magnitude among numbers, NaN and null skipped (0 when there is none). */
export function maxMagnitude(values: Iterable<number | null>): number {
  let max = 0;
  for (const value of values) if (value !== null && Number.isFinite(value) && Math.abs(value) > max) max = Math.abs(value);
  return max;
}
