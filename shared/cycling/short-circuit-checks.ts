// The voltage checks on one charge step behind short-circuit.ts. Each returns the evidence in words
// and numbers, or null. These are Cellbook's own heuristics (DOMAIN.md section 5), not the patent's.
import { formatSignificant } from '../format/quantity';
import { reachedTimeLimit } from './charge-stop';
import type { CyclerStep } from './segments';
import type { ShortCircuitSettings } from './short-circuit-settings';
import type { CyclerSeries } from './types';

/** (a) The voltage fell below its running maximum during a constant-current charge. */
export function voltageDropEvidence(series: CyclerSeries, step: CyclerStep, settings: ShortCircuitSettings): string | null {
  if (!isConstantCurrent(series, step, settings)) return null;
  const startS = stepStartS(series, step);
  let runningMaxV = -Infinity;
  let worst: { index: number; fromV: number } | null = null;
  let firstBeyondIndex: number | null = null;
  for (let i = step.startIndex; i <= step.endIndex; i += 1) {
    const voltageV = series.voltageV[i]!;
    // The first minute holds the switch-on transient (and Li nucleation on a bare collector).
    if (series.timeS[i]! - startS < settings.settleS || !Number.isFinite(voltageV)) continue;
    runningMaxV = Math.max(runningMaxV, voltageV);
    if (firstBeyondIndex === null && runningMaxV - voltageV > settings.voltageDropV) firstBeyondIndex = i;
    if (!worst || runningMaxV - voltageV > worst.fromV - series.voltageV[worst.index]!) worst = { index: i, fromV: runningMaxV };
  }
  if (!worst || firstBeyondIndex === null) return null;
  const toV = series.voltageV[worst.index]!;
  const at = hoursInto(series, step, worst.index);
  const onset = firstBeyondIndex === worst.index ? '' : ` (first more than ${millivolts(settings.voltageDropV)} mV below its maximum at ${hoursInto(series, step, firstBeyondIndex)} h)`;
  return `voltage fell ${millivolts(worst.fromV - toV)} mV (${volts(worst.fromV)} → ${volts(toV)} V) at ${at} h into the charge${onset} while ${milliamps(series.currentA[worst.index]!)} mA flowed`;
}

/** (a) The voltage stopped rising while current flowed, and the charge ran to its time limit. */
export function voltageStallEvidence(series: CyclerSeries, step: CyclerStep, settings: ShortCircuitSettings): string | null {
  if (!reachedTimeLimit(step.durationS, settings.chargeLimitH)) return null;
  const endS = series.timeS[step.endIndex]!;
  const windowS = step.durationS * settings.stallWindowFraction;
  let firstIndex = step.endIndex;
  while (firstIndex > step.startIndex && series.timeS[firstIndex - 1]! >= endS - windowS) firstIndex -= 1;
  // A least-squares slope, so that a millivolt of noise at either end does not decide it.
  const slopeVPerS = leastSquaresSlope(series, firstIndex, step.endIndex);
  if (slopeVPerS === null) return null;
  const riseV = slopeVPerS * windowS;
  if (!(riseV < settings.stallRiseV)) return null;
  const currentA = series.currentA[step.endIndex]!;
  const change = riseV < 0 ? `fell ${millivolts(-riseV)} mV` : `rose only ${millivolts(riseV)} mV`;
  const range = `${volts(series.voltageV[firstIndex]!)} → ${volts(series.voltageV[step.endIndex]!)} V`;
  return `the charge ran ${hours(step.durationS)} h (limit ${settings.chargeLimitH} h) and over its last ${hours(windowS)} h the voltage ${change} (${range}) while ${milliamps(currentA)} mA flowed`;
}

/** (c) The voltage collapsed to near zero after having been well above it in the same charge. */
export function voltageCollapseEvidence(series: CyclerSeries, step: CyclerStep, settings: ShortCircuitSettings): string | null {
  let highestV = -Infinity;
  for (let i = step.startIndex; i <= step.endIndex; i += 1) {
    const voltageV = series.voltageV[i]!;
    if (!Number.isFinite(voltageV)) continue;
    if (highestV > settings.collapseAfterAboveV && voltageV < settings.collapseBelowV) {
      return `voltage collapsed to ${volts(voltageV)} V at ${hoursInto(series, step, i)} h into the charge after reaching ${volts(highestV)} V, while ${milliamps(series.currentA[i]!)} mA flowed`;
    }
    highestV = Math.max(highestV, voltageV);
  }
  return null;
}

function leastSquaresSlope(series: CyclerSeries, first: number, last: number): number | null {
  let n = 0;
  let sumT = 0;
  let sumV = 0;
  let sumTT = 0;
  let sumTV = 0;
  const originS = series.timeS[last]!;
  for (let i = first; i <= last; i += 1) {
    const voltageV = series.voltageV[i]!;
    if (!Number.isFinite(voltageV)) continue;
    const t = series.timeS[i]! - originS;
    n += 1;
    sumT += t;
    sumV += voltageV;
    sumTT += t * t;
    sumTV += t * voltageV;
  }
  const denominator = n * sumTT - sumT * sumT;
  return n >= 3 && denominator > 0 ? (n * sumTV - sumT * sumV) / denominator : null;
}

/** Constant current: at least 90 % of the points within 5 % (setting) of the step's median current. */
function isConstantCurrent(series: CyclerSeries, step: CyclerStep, settings: ShortCircuitSettings): boolean {
  // A typed copy sorts numerically and fast; NaN and infinities end up at the ends and are cut off.
  const sorted = series.currentA.slice(step.startIndex, step.endIndex + 1).sort();
  let begin = 0;
  let end = sorted.length;
  while (end > 0 && !Number.isFinite(sorted[end - 1]!)) end -= 1;
  while (begin < end && !Number.isFinite(sorted[begin]!)) begin += 1;
  const currents = sorted.subarray(begin, end);
  const medianA = currents[Math.floor(currents.length / 2)];
  if (medianA === undefined || !(medianA > 0)) return false;
  // Counted in a plain loop: a filter would build a second copy of the step's currents.
  const toleranceA = medianA * settings.constantCurrentTolerance;
  let within = 0;
  for (let i = 0; i < currents.length; i += 1) if (Math.abs(currents[i]! - medianA) <= toleranceA) within += 1;
  return within >= 0.9 * currents.length;
}

/** When the step began, by the same rule as its duration (segments.ts). */
function stepStartS(series: CyclerSeries, step: CyclerStep): number {
  return series.timeS[step.endIndex]! - step.durationS;
}

function hoursInto(series: CyclerSeries, step: CyclerStep, index: number): string {
  return hours(series.timeS[index]! - stepStartS(series, step));
}

export function hours(seconds: number): string {
  return (seconds / 3600).toFixed(2);
}

export function volts(voltageV: number): string {
  return voltageV.toFixed(3);
}

function millivolts(voltageV: number): string {
  return Math.round(voltageV * 1000).toString();
}

export function milliamps(currentA: number): string {
  return formatSignificant(currentA * 1000, 3);
}
