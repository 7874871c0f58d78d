// Whether a test's time base is believable. A time column in the wrong unit still integrates, and
// every capacity comes out 60 or 1000 times off without an error anywhere; FORMATS.md section 0
// rules 4 and 5 list the units vendors use (s, min, h, H:MM:SS, ms in some exports). These checks
// say so, with the figures, and what the capacity would be in the likely unit:
// - sampling: cyclers record seconds to minutes apart (FORMATS.md 0.4: under an hour);
// - the span of a charge or discharge against its current and capacity: a cell charged at a
//   constant current needs minutes to days per half-cycle (about 60 C to C/500), not seconds and
//   not years;
// - the file's own capacity columns a round factor (60, 1000, 3600) away from coulomb counting;
// - points far too far apart for how the voltage moves (voltage-sampling.ts).
import { typicalIntervalS } from './file-breaks';
import type { CycleSummary, CyclerSeries } from './types';
import { upperMedian } from './upper-median';
import { coarseSamplingWarning } from './voltage-sampling';

export const MAX_SAMPLING_INTERVAL_S = 3600;
/** Shorter than this for a whole half-cycle is faster than any cell is cycled (60 C). */
export const MIN_HALF_CYCLE_S = 60;
/** Longer than this for a whole half-cycle is slower than any cycling test runs (C/500). */
export const MAX_HALF_CYCLE_S = 500 * 3600;
/** A vendor/counted ratio within this of a unit factor is that factor. */
const FACTOR_TOLERANCE = 0.03;

const UNIT_FACTORS = [
  { factor: 60, meaning: 'the time column may be in minutes, not seconds' },
  { factor: 3600, meaning: 'the time column may be in hours, not seconds' },
  { factor: 1 / 60, meaning: 'the time column may be in seconds, not minutes' },
  { factor: 1 / 1000, meaning: 'the time column may be in milliseconds, not seconds' },
];

export function plausibilityWarnings(series: CyclerSeries, rows: readonly CycleSummary[]): string[] {
  const warnings: string[] = [];
  const count = series.timeS.length;
  if (count < 2) return warnings;
  const intervalS = typicalIntervalS(series.timeS, 0, count);
  const reference = rows.find((row) => row.cycle >= 1 && row.dischargeMAh > 0) ?? rows.find((row) => row.dischargeMAh > 0);
  const capacityAt = (factor: number) => (reference ? `; cycle ${reference.cycle}'s discharge would be ${mAh(reference.dischargeMAh * factor)} instead of ${mAh(reference.dischargeMAh)}` : '');
  if (intervalS > MAX_SAMPLING_INTERVAL_S) {
    warnings.push(`the points are typically ${hours(intervalS)} apart, longer than cyclers record at (seconds to minutes): check the time column's unit; if it is in milliseconds${capacityAt(1 / 1000)}`);
  }
  const halves = rows.filter((row) => row.cycle >= 1).flatMap((row) => [row.chargeDurationS, row.dischargeDurationS].filter((durationS) => durationS > 0));
  const spanS = upperMedian(halves);
  if (spanS !== null && spanS < MIN_HALF_CYCLE_S) {
    warnings.push(`a charge or discharge typically lasts ${formatNumber(spanS)} s, faster than any cell is cycled (a full half-cycle in under a minute): if the time column is in minutes${capacityAt(60)}; if in hours${capacityAt(3600).replace(/^; /, ', ')}`);
  } else if (spanS !== null && spanS > MAX_HALF_CYCLE_S) {
    warnings.push(`a charge or discharge typically lasts ${hours(spanS)}, slower than any cycling test runs (over ${MAX_HALF_CYCLE_S / 3600} h per half-cycle): if the time column is in milliseconds${capacityAt(1 / 1000)}`);
  }
  const coarse = coarseSamplingWarning(series);
  if (coarse) warnings.push(coarse);
  const factor = vendorFactor(rows);
  if (factor) warnings.push(`the file's own capacity columns are ${formatNumber(factor.ratio)} times the counted capacity: ${factor.meaning}${capacityAt(factor.factor)}`);
  return warnings;
}

/** The unit factor the vendor's discharge capacities stand at against the counted ones, if any. */
function vendorFactor(rows: readonly CycleSummary[]): { factor: number; ratio: number; meaning: string } | null {
  let vendor = 0;
  let counted = 0;
  for (const row of rows) {
    if (row.vendorDischargeMAh === null || !Number.isFinite(row.vendorDischargeMAh) || !(row.dischargeMAh > 0)) continue;
    vendor += row.vendorDischargeMAh;
    counted += row.dischargeMAh;
  }
  if (!(counted > 0) || !(vendor > 0)) return null;
  const ratio = vendor / counted;
  const match = UNIT_FACTORS.find(({ factor }) => Math.abs(ratio / factor - 1) <= FACTOR_TOLERANCE);
  return match ? { ...match, ratio } : null;
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function hours(seconds: number): string {
  return `${formatNumber(seconds / 3600)} h`;
}

function mAh(value: number): string {
  return `${formatNumber(value)} mAh`;
}
