// Flags cycles that look like a short circuit, with the numbers that make them look so. The patent
// records shorts ([0124]; Comparatives 3 and 4 in cycle 1 [0133], Comparative 2 before cycle 5
// [0132]) but says nothing about how to see one in tester data: these are Cellbook's own
// heuristics (DOMAIN.md section 5), not the patent's, and a flag is a prompt to look, not a verdict.
//   (a) during a constant-current charge the voltage falls from its running maximum, or stops
//       rising while the charge runs to its time limit;
//   (b) a charge runs to its time limit without reaching the cut-off while the cycle's coulombic
//       efficiency collapses;
//   (c) the voltage collapses to near zero during a charge after having been well above it.
import { reachedTimeLimit, CUTOFF_TOLERANCE_V } from './charge-stop';
import { splitSteps, type CyclerStep } from './segments';
import { hours, voltageCollapseEvidence, voltageDropEvidence, voltageStallEvidence, volts } from './short-circuit-checks';
import { DEFAULT_SHORT_CIRCUIT_SETTINGS, type ShortCircuitSettings } from './short-circuit-settings';
import type { CycleSummary, CyclerSeries } from './types';

export { DEFAULT_SHORT_CIRCUIT_SETTINGS, type ShortCircuitSettings } from './short-circuit-settings';

export type ShortCircuitKind = 'voltage_drop' | 'voltage_stall' | 'time_limit_low_efficiency' | 'voltage_collapse';

export interface ShortCircuitFlag {
  cycle: number;
  kind: ShortCircuitKind;
  /** The heuristic that fired, in words. */
  reason: string;
  /** What was seen, with numbers. */
  evidence: string;
}

const REASONS: Record<ShortCircuitKind, string> = {
  voltage_drop: 'the voltage fell during a constant-current charge',
  voltage_stall: 'the voltage stopped rising and the charge ran to its time limit',
  time_limit_low_efficiency: 'the charge ran to its time limit without reaching the cut-off, and the coulombic efficiency collapsed',
  voltage_collapse: 'the voltage collapsed to near zero during a charge',
};

/** Flags in cycle order, at most one per cycle and kind (the first charge step that shows it). */
export function findShortCircuits(
  series: CyclerSeries,
  cycleOfStep: Int32Array,
  summary: readonly CycleSummary[],
  settings: Partial<ShortCircuitSettings> = {},
): ShortCircuitFlag[] {
  const resolved: ShortCircuitSettings = { ...DEFAULT_SHORT_CIRCUIT_SETTINGS, ...settings };
  const summaryByCycle = new Map(summary.map((row) => [row.cycle, row]));
  const flags: ShortCircuitFlag[] = [];
  const seen = new Set<string>();
  const flag = (cycle: number, kind: ShortCircuitKind, evidence: string | null) => {
    if (evidence === null || seen.has(`${cycle}/${kind}`)) return;
    seen.add(`${cycle}/${kind}`);
    flags.push({ cycle, kind, reason: REASONS[kind], evidence });
  };
  const steps = splitSteps(series);
  for (let s = 0; s < steps.length; s += 1) {
    const step = steps[s]!;
    if (step.direction !== 1) continue;
    const cycle = cycleOfStep[s]!;
    flag(cycle, 'voltage_drop', voltageDropEvidence(series, step, resolved));
    flag(cycle, 'voltage_stall', voltageStallEvidence(series, step, resolved));
    flag(cycle, 'time_limit_low_efficiency', lowEfficiencyEvidence(series, step, summaryByCycle.get(cycle), resolved));
    flag(cycle, 'voltage_collapse', voltageCollapseEvidence(series, step, resolved));
  }
  return flags.sort((a, b) => a.cycle - b.cycle);
}

/** (b) The charge ran to its time limit short of the cut-off, and little of it came back. */
function lowEfficiencyEvidence(series: CyclerSeries, step: CyclerStep, row: CycleSummary | undefined, settings: ShortCircuitSettings): string | null {
  // A cycle the data end inside has not shown its efficiency yet.
  if (!row || row.complete === false || !reachedTimeLimit(step.durationS, settings.chargeLimitH)) return null;
  const endV = series.voltageV[step.endIndex]!;
  const cutoffV = settings.upperCutoffV;
  if (cutoffV !== null && endV >= cutoffV - CUTOFF_TOLERANCE_V) return null;
  const efficiency = row.coulombicEfficiency;
  if (efficiency === null || !(efficiency < settings.minCoulombicEfficiency)) return null;
  const ended = cutoffV !== null ? `ended at ${volts(endV)} V, below the ${cutoffV} V cut-off` : `ended at ${volts(endV)} V`;
  const amounts = `discharge ${row.dischargeMAh.toFixed(3)} mAh of ${row.chargeMAh.toFixed(3)} mAh charged`;
  return `the charge ran ${hours(step.durationS)} h (limit ${settings.chargeLimitH} h) and ${ended}; coulombic efficiency ${(efficiency * 100).toFixed(1)} % (${amounts})`;
}
