// Seeded synthetic cycling tests: the patent's protocol ([0122]-[0123]: constant-current charge to
// the upper cut-off or 12.5 h, constant-current discharge to 2.5 V or 12.5 h, repeated) run on a
// simple model cell, written as an Arbin-like export (step numbers repeating per cycle, 1-based
// cycle numbers, charge and discharge counters reset at each cycle). For tests and for the demo
// notebook, whose cycling data are synthetic and labelled so (DOMAIN.md section 6). A fade and a
// short can be chosen so that the lifespan grade and the short-circuit flags come out as wanted.
import { PATENT_PROTOCOL } from '../cells/types';
import type { CellConstants, CellState } from './synthetic-cell';
import { seededRandom } from './synthetic-random';
import { runStep, type RunContext, type StepPlan } from './synthetic-steps';
import { SeriesWriter } from './synthetic-writer';
import type { CyclerSeries } from './types';

export interface SyntheticTestOptions {
  seed: number;
  cycles: number;
  /** The model cell's capacity in cycle 1, mAh; the measured discharge is ~97 % of it (the cut-offs). */
  capacityMAh: number;
  currentMA: number;
  /** Linear fade: fraction of the cycle-1 capacity lost per cycle (default 0.001). */
  fadePerCycle?: number;
  /** Or any fade: the capacity of a cycle as a fraction of cycle 1's; wins over fadePerCycle. */
  retentionAt?: (cycle: number) => number;
  upperCutoffV?: number;
  lowerCutoffV?: number;
  chargeLimitH?: number;
  dischargeLimitH?: number;
  sampleIntervalS?: number;
  /** Rest after each charge and each discharge, s (0 for none). */
  restS?: number;
  /** A short starts in this cycle's charge and stays: soft = a growing shunt, hard = a collapse to ~0 V. */
  shortAtCycle?: number;
  shortKind?: 'soft' | 'hard';
  /** Standard deviation of the voltage noise, V. */
  noiseV?: number;
  temperatureC?: number;
}

const DEFAULTS = {
  fadePerCycle: 0.001,
  upperCutoffV: PATENT_PROTOCOL.upperCutoffV,
  lowerCutoffV: PATENT_PROTOCOL.lowerCutoffV,
  chargeLimitH: PATENT_PROTOCOL.chargeLimitH,
  dischargeLimitH: PATENT_PROTOCOL.dischargeLimitH,
  sampleIntervalS: 60,
  restS: 600,
  shortKind: 'soft' as const,
  noiseV: 0.001,
  temperatureC: PATENT_PROTOCOL.temperatureC,
};

/** A soft short's shunt grows by this factor each cycle after it starts (dendrites do not heal). */
const SOFT_SHORT_GROWTH = 1.6;

export function syntheticTest(options: SyntheticTestOptions): CyclerSeries {
  // An option given as undefined means the default (a spread alone would put undefined over it).
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as SyntheticTestOptions;
  const settings = { ...DEFAULTS, ...given };
  const random = seededRandom(settings.seed);
  const testCurrentA = settings.currentMA / 1000;
  const cell: CellConstants = { testCurrentA, irDropV: 0.03, polarizationV: 0.03, polarizationTauS: 600, parasiticFraction: 0.002 };
  const retentionAt = settings.retentionAt ?? ((cycle: number) => Math.max(0.05, 1 - settings.fadePerCycle * (cycle - 1)));
  // Where in the short cycle's charge (state of charge) the short begins: late, near the top of charge.
  const shortOnsetSoc = 0.85 + 0.07 * random.uniform();
  const cellState: CellState = { capacityMAh: settings.capacityMAh, storedMAh: 0, polarizationV: 0, shuntRatio: 0, dead: false, chargeCounterAh: 0, dischargeCounterAh: 0 };
  let shortStarted = false;
  const context: RunContext = {
    cell,
    cellState,
    random,
    writer: new SeriesWriter(),
    sampleIntervalS: settings.sampleIntervalS,
    noiseV: settings.noiseV,
    temperatureC: settings.temperatureC,
    clock: { timeS: 0 },
    beforeSubstep: (plan: StepPlan) => {
      if (shortStarted || plan.cycle !== settings.shortAtCycle || plan.state !== 1) return;
      if (cellState.storedMAh / cellState.capacityMAh < shortOnsetSoc) return;
      shortStarted = true;
      if (settings.shortKind === 'hard') cellState.dead = true;
      else cellState.shuntRatio = 1;
    },
  };

  for (let cycle = 1; cycle <= settings.cycles; cycle += 1) {
    // A little cell-to-cell-like scatter on top of the fade, as real capacities have.
    cellState.capacityMAh = settings.capacityMAh * retentionAt(cycle) * (1 + 0.0005 * random.gaussian());
    cellState.chargeCounterAh = 0;
    cellState.dischargeCounterAh = 0;
    if (shortStarted && cellState.shuntRatio > 0) cellState.shuntRatio *= SOFT_SHORT_GROWTH;
    const steps: StepPlan[] = [
      { state: 1, appliedA: testCurrentA, limitS: settings.chargeLimitH * 3600, cutoffV: settings.upperCutoffV, step: 1, cycle },
      { state: 0, appliedA: 0, limitS: settings.restS, cutoffV: null, step: 2, cycle },
      { state: -1, appliedA: -testCurrentA, limitS: settings.dischargeLimitH * 3600, cutoffV: settings.lowerCutoffV, step: 3, cycle },
      { state: 0, appliedA: 0, limitS: settings.restS, cutoffV: null, step: 4, cycle },
    ];
    for (const plan of steps) if (plan.state !== 0 || plan.limitS > 0) runStep(plan, context);
  }
  return context.writer.toSeries();
}
