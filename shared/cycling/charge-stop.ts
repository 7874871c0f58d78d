// How a charge step ended: on the upper cut-off voltage or on the time limit of the protocol
// ([0123]: "charged ... for about 12.5 hours until a battery voltage reached about 3.9 V to about
// 4.25 V"; DOMAIN.md section 5). A charge that ends on time without the cut-off is one of the signs
// of a short circuit, so the summary records which it was.
import type { CyclerStep } from './segments';
import type { CyclerSeries } from './types';

/**
 * A charge ended on the cut-off when its last voltage is no more than 20 mV below it; above it counts
 * too, since a cycler stops when it reads the limit and logs a few mV past it.
 */
export const CUTOFF_TOLERANCE_V = 0.02;
/** A charge ended on time when it lasted within 1 % of the limit (a cycler's clock and sampling). */
export const TIME_LIMIT_TOLERANCE = 0.01;
/** Without a known cut-off: the voltage held flat (< 5 mV over the last 5 % of the step) means a voltage limit held it. */
export const FLAT_TOP_WINDOW_FRACTION = 0.05;
export const FLAT_TOP_V = 0.005;

export interface ChargeStopOptions {
  upperCutoffV?: number | null;
  chargeLimitH?: number | null;
}

export function chargeStopOf(series: CyclerSeries, step: CyclerStep, options: ChargeStopOptions): 'voltage' | 'time' | 'unknown' {
  const endV = series.voltageV[step.endIndex]!;
  const cutoffV = positiveOrNull(options.upperCutoffV);
  // With a cut-off, the voltage is the direct evidence and wins over the clock.
  if (cutoffV !== null && endV >= cutoffV - CUTOFF_TOLERANCE_V) return 'voltage';
  if (reachedTimeLimit(step.durationS, options.chargeLimitH)) return 'time';
  if (cutoffV === null && isFlatTopped(series, step)) return 'voltage';
  return 'unknown';
}

export function reachedTimeLimit(durationS: number, limitH: number | null | undefined): boolean {
  const limit = positiveOrNull(limitH);
  return limit !== null && durationS >= limit * 3600 * (1 - TIME_LIMIT_TOLERANCE);
}

/** Voltage over the last 5 % of the step's time moved less than 5 mV; needs two points in that window to tell. */
function isFlatTopped(series: CyclerSeries, step: CyclerStep): boolean {
  const endS = series.timeS[step.endIndex]!;
  const fromS = endS - (endS - series.timeS[step.startIndex]!) * FLAT_TOP_WINDOW_FRACTION;
  let min = Infinity;
  let max = -Infinity;
  let points = 0;
  for (let i = step.endIndex; i >= step.startIndex && series.timeS[i]! >= fromS; i -= 1) {
    const voltageV = series.voltageV[i]!;
    if (!Number.isFinite(voltageV)) continue;
    min = Math.min(min, voltageV);
    max = Math.max(max, voltageV);
    points += 1;
  }
  return points >= 2 && max - min < FLAT_TOP_V;
}

function positiveOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) && value > 0 ? value : null;
}
