// The whole analysis of one cycling test, as the import, the CLI summary and re-checks run it:
// cycles, the per-cycle table, the check against the file's own capacity columns, the lifespan grade
// and the short-circuit flags. Pure: the caller reads the data and the settings.
import { BEFORE_FIRST_FULL_CYCLE, chargedStart, chargedStartNote, setApartFirstCycle } from './charged-start';
import { assignCycles, type CycleAssignment } from './cycles';
import { gradeLifespan, type LifespanResult, type LifespanSettings } from './lifespan';
import { plausibilityWarnings } from './plausibility';
import { restFloor } from './segments';
import { findShortCircuits, type ShortCircuitFlag, type ShortCircuitSettings } from './short-circuit';
import { coulombCountingAgreement, summarizeCycles, type CoulombCountingAgreement, type SummaryOptions } from './summary';
import type { CycleSummary, CyclerSeries } from './types';

export interface AnalysisOptions {
  summary?: SummaryOptions;
  lifespan?: Partial<LifespanSettings>;
  shortCircuit?: Partial<ShortCircuitSettings>;
  /** Cycle numbers decided before (a re-analysis of stored points keeps the import's, cycle 0 included). */
  assigned?: CycleAssignment;
  /**
   * Called once the cycles are numbered: from then on the series' step and cycle numbers are not
   * read (its steps are, as split once: segments.ts), so a long import lets those columns go here,
   * before the cycle table makes its own per-point arrays.
   */
  onCyclesAssigned?: () => void;
}

/** What was not counted as a cycle (cycle 0): the half-cycle before the first charge, or a first cycle that started charged. */
export interface SetApartHalf {
  cycle: number;
  chargeMAh: number;
  dischargeMAh: number;
  reason: string;
}

export const BEFORE_FIRST_CHARGE = 'before the first charge';

export interface SeriesAnalysis {
  assignment: CycleAssignment;
  /** The cycles from 1 on (the last may be incomplete: `complete: false`). */
  cycles: CycleSummary[];
  /** Cycle 0's summary when something was set apart (stored with the cycles, shown apart from them). */
  setApartCycle: CycleSummary | null;
  setApart: SetApartHalf[];
  agreement: CoulombCountingAgreement;
  lifespan: LifespanResult;
  shortCircuits: ShortCircuitFlag[];
  /** What the researcher should know that is not an error: no discharge, charge only, an implausible time base, ... */
  warnings: string[];
}

export function analyseSeries(series: CyclerSeries, options: AnalysisOptions = {}): SeriesAnalysis {
  let assignment = options.assigned ?? assignCycles(series);
  options.onCyclesAssigned?.();
  let all = summarizeCycles(series, assignment.cycleOfStep, options.summary);
  // A re-analysis keeps the cycles the import numbered (a charged start already set apart then).
  const started = options.assigned ? null : chargedStart(all);
  if (started) {
    setApartFirstCycle(assignment.cycleOfStep);
    assignment = { ...assignment, note: `${assignment.note.replace(/\.?$/, '.')} ${chargedStartNote(started)}` };
    all = summarizeCycles(series, assignment.cycleOfStep, options.summary);
  }
  const setApartCycle = all.find((row) => row.cycle === 0) ?? null;
  const cycles = all.filter((row) => row.cycle >= 1);
  const agreement = coulombCountingAgreement(all);
  const lifespan = gradeLifespan(cycles, options.lifespan);
  // The build's protocol (cut-off, charge time limit) applies unless the settings say otherwise.
  const fromProtocol: Partial<ShortCircuitSettings> = {};
  if (options.summary?.upperCutoffV != null) fromProtocol.upperCutoffV = options.summary.upperCutoffV;
  if (options.summary?.chargeLimitH != null) fromProtocol.chargeLimitH = options.summary.chargeLimitH;
  const shortCircuits = findShortCircuits(series, assignment.cycleOfStep, cycles, { ...fromProtocol, ...options.shortCircuit });
  const setApart = setApartCycle ? [{ cycle: 0, chargeMAh: setApartCycle.chargeMAh, dischargeMAh: setApartCycle.dischargeMAh, reason: started ? BEFORE_FIRST_FULL_CYCLE : BEFORE_FIRST_CHARGE }] : [];
  const warnings = [...datasetWarnings(series, cycles), ...plausibilityWarnings(series, all)];
  return { assignment, cycles, setApartCycle, setApart, agreement, lifespan, shortCircuits, warnings };
}

/** Files of rest only, or of charge only, are valid tests: they say so instead of failing. */
function datasetWarnings(series: CyclerSeries, cycles: readonly CycleSummary[]): string[] {
  const charged = cycles.some((row) => row.chargeMAh > 0);
  const discharged = cycles.some((row) => row.dischargeMAh > 0);
  if (!charged && !discharged) {
    const floor = restFloor(series);
    const noise = floor.noisePoints > 0 ? `; ${floor.noisePoints} point(s) of current up to ${formatAmps(floor.largestNoiseA)} were taken as noise (the rest rule: ${floor.rule})` : '';
    return [`the file holds no charge and no discharge (rest or open-circuit only): 0 cycles with a discharge${noise}`];
  }
  if (!discharged) return ['the file holds charge only: 0 cycles with a discharge'];
  return [];
}

function formatAmps(valueA: number): string {
  return `${Number(valueA.toPrecision(2))} A`;
}
