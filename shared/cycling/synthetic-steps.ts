// Runs one programme step of the synthetic test the way a cycler does: a record at the step's start,
// one every sampling interval, and one at the moment the step ends, on its cut-off voltage or its
// time limit ([0123]). The cell is moved on in sub-steps of at most 10 s so that a cut-off is met
// within a fraction of a second, as a cycler's fast internal sampling would.
import { advanceCell, snapshot, terminalVoltageV, type CellConstants, type CellState } from './synthetic-cell';
import type { SeededRandom } from './synthetic-random';
import type { SeriesWriter } from './synthetic-writer';

export interface StepPlan {
  state: -1 | 0 | 1;
  appliedA: number;
  limitS: number;
  /** Charge stops when the voltage reaches it, discharge when the voltage falls to it; null for a rest. */
  cutoffV: number | null;
  step: number;
  cycle: number;
}

export interface RunContext {
  cell: CellConstants;
  cellState: CellState;
  random: SeededRandom;
  writer: SeriesWriter;
  sampleIntervalS: number;
  noiseV: number;
  temperatureC: number;
  clock: { timeS: number };
  /** Called before each sub-step, e.g. to start a short circuit at a chosen state of charge. */
  beforeSubstep: (plan: StepPlan) => void;
}

const MAX_SUBSTEP_S = 10;

export function runStep(plan: StepPlan, context: RunContext): void {
  const { cell, sampleIntervalS } = context;
  const substepS = sampleIntervalS / Math.ceil(sampleIntervalS / MAX_SUBSTEP_S);
  const beyondCutoff = (voltageV: number) => plan.cutoffV !== null && (plan.state === 1 ? voltageV >= plan.cutoffV : voltageV <= plan.cutoffV);
  const startS = context.clock.timeS;
  record(plan, context, null);
  if (beyondCutoff(terminalVoltageV(context.cellState, plan.appliedA, cell))) return;
  let elapsedS = 0;
  let sinceRecordS = 0;
  for (;;) {
    context.beforeSubstep(plan);
    const before = snapshot(context.cellState);
    const beforeV = terminalVoltageV(before, plan.appliedA, cell);
    const dtS = Math.min(substepS, plan.limitS - elapsedS);
    advanceCell(context.cellState, plan.appliedA, dtS, cell);
    const afterV = terminalVoltageV(context.cellState, plan.appliedA, cell);
    if (beyondCutoff(afterV) && plan.cutoffV !== null) {
      // Back to the sub-step's start and forward to where the voltage met the cut-off (linear in time).
      const fraction = (plan.cutoffV - beforeV) / (afterV - beforeV);
      Object.assign(context.cellState, before);
      advanceCell(context.cellState, plan.appliedA, dtS * fraction, cell);
      context.clock.timeS = startS + elapsedS + dtS * fraction;
      record(plan, context, plan.cutoffV);
      return;
    }
    elapsedS += dtS;
    sinceRecordS += dtS;
    context.clock.timeS = startS + elapsedS;
    if (elapsedS >= plan.limitS - 1e-9) {
      record(plan, context, null);
      return;
    }
    if (sinceRecordS >= sampleIntervalS - 1e-9) {
      record(plan, context, null);
      sinceRecordS = 0;
    }
  }
}

/** One record; `exactV` is the voltage at which the cycler stopped the step (no noise: it is the limit it tested for). */
function record(plan: StepPlan, context: RunContext, exactV: number | null): void {
  const state = context.cellState;
  const voltageV = exactV ?? terminalVoltageV(state, plan.appliedA, context.cell) + context.noiseV * context.random.gaussian();
  context.writer.push({
    timeS: context.clock.timeS,
    currentA: plan.appliedA,
    voltageV,
    step: plan.step,
    cycle: plan.cycle,
    state: plan.state,
    chargeCapacityAh: state.chargeCounterAh,
    dischargeCapacityAh: state.dischargeCounterAh,
    temperatureC: context.temperatureC + 0.05 * context.random.gaussian(),
  });
}
