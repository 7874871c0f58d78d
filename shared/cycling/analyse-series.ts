// The whole analysis of one cycling test, as the import, the CLI summary and re-checks run it:
// cycles, the per-cycle table, the check against the file's own capacity columns, the lifespan grade
// and the short-circuit flags. Pure: the caller reads the data and the settings.
import { assignCycles, type CycleAssignment } from './cycles';
import { gradeLifespan, type LifespanResult, type LifespanSettings } from './lifespan';
import { findShortCircuits, type ShortCircuitFlag, type ShortCircuitSettings } from './short-circuit';
import { coulombCountingAgreement, summarizeCycles, type CoulombCountingAgreement, type SummaryOptions } from './summary';
import type { CycleSummary, CyclerSeries } from './types';

export interface AnalysisOptions {
  summary?: SummaryOptions;
  lifespan?: Partial<LifespanSettings>;
  shortCircuit?: Partial<ShortCircuitSettings>;
}

export interface SeriesAnalysis {
  assignment: CycleAssignment;
  cycles: CycleSummary[];
  agreement: CoulombCountingAgreement;
  lifespan: LifespanResult;
  shortCircuits: ShortCircuitFlag[];
  /** What the researcher should know that is not an error: no discharge, charge only, ... */
  warnings: string[];
}

export function analyseSeries(series: CyclerSeries, options: AnalysisOptions = {}): SeriesAnalysis {
  const assignment = assignCycles(series);
  const cycles = summarizeCycles(series, assignment.cycleOfPoint, options.summary);
  const agreement = coulombCountingAgreement(cycles);
  const lifespan = gradeLifespan(cycles, options.lifespan);
  // The build's protocol (cut-off, charge time limit) applies unless the settings say otherwise.
  const fromProtocol: Partial<ShortCircuitSettings> = {};
  if (options.summary?.upperCutoffV != null) fromProtocol.upperCutoffV = options.summary.upperCutoffV;
  if (options.summary?.chargeLimitH != null) fromProtocol.chargeLimitH = options.summary.chargeLimitH;
  const shortCircuits = findShortCircuits(series, assignment.cycleOfPoint, cycles, { ...fromProtocol, ...options.shortCircuit });
  return { assignment, cycles, agreement, lifespan, shortCircuits, warnings: datasetWarnings(cycles) };
}

/** Files of rest only, or of charge only, are valid tests: they say so instead of failing. */
function datasetWarnings(cycles: readonly CycleSummary[]): string[] {
  const charged = cycles.some((row) => row.chargeMAh > 0);
  const discharged = cycles.some((row) => row.dischargeMAh > 0);
  if (!charged && !discharged) return ['the file holds no charge and no discharge (rest or open-circuit only): 0 cycles with a discharge'];
  if (!discharged) return ['the file holds charge only: 0 cycles with a discharge'];
  return [];
}
