// Whether the test's last cycle is whole. An export made while a test runs, or a test stopped early,
// ends inside a half-cycle: a charge with no discharge after it, or a discharge still running. Such a
// cycle's discharge is not a capacity the cell fell to, so it must not end the lifespan (DOMAIN.md
// section 5: the lifespan is the first cycle whose discharge falls to 80 % of the standard).
//
// The rule: only the cycle that holds the file's last point can be incomplete. It is incomplete when
// it has a charge but no discharge, or when the data end inside its last charge or discharge step
// (no rest after it) and that step had not reached where the earlier steps of its direction ended:
// their end voltage (within VOLTAGE_TOLERANCE_FRACTION of the test's voltage range), their duration
// (a time limit), or the protocol's upper cut-off or charge time limit. With no earlier step of its
// direction and no protocol to compare with, nothing says it was cut short: it counts as complete.
import { reachedTimeLimit, CUTOFF_TOLERANCE_V } from './charge-stop';
import type { CyclerStep } from './segments';
import type { CyclerSeries } from './types';

/** An end voltage this close to where earlier steps ended (of the test's voltage range) is the same limit. */
export const VOLTAGE_TOLERANCE_FRACTION = 0.01;
/** A step this close to the longest earlier step of its direction ran to the same time limit. */
const DURATION_TOLERANCE = 0.02;

export interface CycleEnding {
  cycle: number;
  /** In words, for the lifespan label and the report: "the test ended during cycle 3's charge". */
  reason: string;
}

export interface EndingOptions {
  upperCutoffV?: number | null;
  chargeLimitH?: number | null;
}

/** The last cycle when the data end inside it; null when every cycle is whole. */
/** `cycleOfStep`: the cycle of each of `steps` (cycles.ts). */
export function incompleteLastCycle(series: CyclerSeries, steps: readonly CyclerStep[], cycleOfStep: Int32Array, options: EndingOptions = {}): CycleEnding | null {
  if (steps.length === 0) return null;
  const lastCycle = cycleOfStep[steps.length - 1]!;
  if (lastCycle < 1) return null;
  const own = steps.filter((_, s) => cycleOfStep[s] === lastCycle);
  const hasCharge = own.some((step) => step.direction === 1);
  const hasDischarge = own.some((step) => step.direction === -1);
  const lastStep = steps[steps.length - 1]!;
  if (hasCharge && !hasDischarge) {
    const during = lastStep.direction === 1 && !reachedEnd(series, steps, lastStep, options);
    return { cycle: lastCycle, reason: `the test ended ${during ? 'during' : 'after'} cycle ${lastCycle}'s charge, before its discharge` };
  }
  if (lastStep.direction === 0 || reachedEnd(series, steps, lastStep, options)) return null;
  const half = lastStep.direction === 1 ? 'charge' : 'discharge';
  return { cycle: lastCycle, reason: `the test ended during cycle ${lastCycle}'s ${half}` };
}

/** Whether a step the data end in had reached its limit, judged by the earlier steps of its direction. */
function reachedEnd(series: CyclerSeries, steps: readonly CyclerStep[], step: CyclerStep, options: EndingOptions): boolean {
  const endV = series.voltageV[step.endIndex]!;
  if (step.direction === 1) {
    const cutoffV = options.upperCutoffV ?? null;
    if (cutoffV !== null && cutoffV > 0 && endV >= cutoffV - CUTOFF_TOLERANCE_V) return true;
    if (reachedTimeLimit(step.durationS, options.chargeLimitH)) return true;
  }
  const earlier = steps.filter((other) => other !== step && other.direction === step.direction && other.endIndex < step.startIndex);
  if (earlier.length === 0) return !(step.direction === 1 && options.upperCutoffV);
  const ends = earlier.map((other) => series.voltageV[other.endIndex]!).filter(Number.isFinite).sort((a, b) => a - b);
  const typicalEndV = ends[Math.floor(ends.length / 2)];
  const toleranceV = Math.max(CUTOFF_TOLERANCE_V, VOLTAGE_TOLERANCE_FRACTION * voltageRangeV(series));
  if (typicalEndV !== undefined && Number.isFinite(endV)) {
    if (step.direction === 1 && endV >= typicalEndV - toleranceV) return true;
    if (step.direction === -1 && endV <= typicalEndV + toleranceV) return true;
  }
  const longestS = earlier.reduce((most, other) => Math.max(most, other.durationS), 0);
  return step.durationS >= longestS * (1 - DURATION_TOLERANCE);
}

function voltageRangeV(series: CyclerSeries): number {
  let min = Infinity;
  let max = -Infinity;
  // Indexed: for-of over a typed array boxed each of a long file's values.
  for (let i = 0; i < series.voltageV.length; i += 1) {
    const value = series.voltageV[i]!;
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return max > min ? max - min : 0;
}
