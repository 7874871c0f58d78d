import { describe, expect, it } from 'vitest';
import { assignCycles } from './cycles';
import { gradeLifespan } from './lifespan';
import { coulombCountingAgreement, summarizeCycles } from './summary';
import { syntheticTest, type SyntheticTestOptions } from './synthetic';
import { seededRandom } from './synthetic-random';
import { ocvV } from './synthetic-voltage';

// 3 mAh at 0.6 mA: a charge of about 5 h, well inside the 12.5 h limit of [0123].
const base = { capacityMAh: 3, currentMA: 0.6 };
const PROTOCOL = { upperCutoffV: 4.25, chargeLimitH: 12.5 };

function graded(options: SyntheticTestOptions) {
  const series = syntheticTest(options);
  const assignment = assignCycles(series);
  const summary = summarizeCycles(series, assignment.cycleOfStep, PROTOCOL);
  return { series, assignment, summary, lifespan: gradeLifespan(summary) };
}

describe('syntheticTest', () => {
  it('gives the same arrays for the same seed and different noise for another', () => {
    const first = syntheticTest({ ...base, seed: 7, cycles: 3 });
    const again = syntheticTest({ ...base, seed: 7, cycles: 3 });
    expect(again).toEqual(first);
    const other = syntheticTest({ ...base, seed: 8, cycles: 3 });
    expect(other.voltageV).not.toEqual(first.voltageV);
  });

  it('writes an Arbin-like export: 1-based cycles, steps 1–4 per cycle, states, counters reset each cycle', () => {
    const { series, assignment } = graded({ ...base, seed: 1, cycles: 3 });
    expect(new Set(series.vendorCycle)).toEqual(new Set([1, 2, 3]));
    expect(new Set(series.stepIndex)).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(series.stateCode)).toEqual(new Set([1, 0, -1]));
    expect(assignment.rule).toBe('vendor');
    const secondCycleStart = series.vendorCycle!.indexOf(2);
    expect(series.chargeCapacityAh![secondCycleStart]).toBe(0);
    expect(series.dischargeCapacityAh![secondCycleStart]).toBe(0);
    expect(series.timeS.every((timeS, i) => i === 0 || timeS >= series.timeS[i - 1]!)).toBe(true);
    expect(series.temperatureC![0]).toBeCloseTo(45, 0);
  });

  it('charges to the 4.25 V cut-off and discharges to 2.5 V ([0123]), with a plausible NCM-like curve', () => {
    const { summary } = graded({ ...base, seed: 1, cycles: 2 });
    for (const row of summary) {
      expect(row.chargeStop).toBe('voltage');
      expect(row.endOfChargeV).toBe(4.25);
      expect(row.endOfDischargeV).toBe(2.5);
      expect(row.meanDischargeV).toBeGreaterThan(3.6);
      expect(row.meanDischargeV).toBeLessThan(3.8);
      // Cut-offs leave ~3 % of the model capacity unused.
      expect(row.dischargeMAh).toBeGreaterThan(0.95 * 3);
      expect(row.dischargeMAh).toBeLessThan(3);
    }
    expect(summary[1]!.coulombicEfficiency).toBeGreaterThan(0.99);
    expect(ocvV(0)).toBeCloseTo(2.4, 6);
    expect(ocvV(1)).toBeCloseTo(4.3, 6);
  });

  it('counts the same capacity as its own vendor columns (the importer check passes)', () => {
    const { summary } = graded({ ...base, seed: 3, cycles: 5 });
    const agreement = coulombCountingAgreement(summary);
    expect(agreement.compared).toBe(10);
    expect(Math.abs(agreement.worst!.relativeDifference)).toBeLessThan(1e-9);
  });

  it('fades to 80 % near cycle 28 with 0.75 %/cycle: Δ', () => {
    // Capacity 1 − 0.0075 (n − 1): 80.5 % at cycle 27, 79.75 % at cycle 28.
    const { lifespan } = graded({ ...base, seed: 2, cycles: 40, fadePerCycle: 0.0075 });
    expect(lifespan.lifespanCycle).toBeGreaterThanOrEqual(27);
    expect(lifespan.lifespanCycle).toBeLessThanOrEqual(29);
    expect(lifespan.grade).toBe('Δ');
  });

  it('stays above 80 % through 120 cycles with 0.1 %/cycle: "> 120" and ○', () => {
    const { lifespan, summary } = graded({ ...base, seed: 1, cycles: 120 });
    expect(summary).toHaveLength(120);
    expect(lifespan.label).toBe('> 120 (still above 80%)');
    expect(lifespan.grade).toBe('○');
  });

  it('follows a fade function: 60 % from cycle 4 on gives lifespan 4, x', () => {
    const { lifespan } = graded({ ...base, seed: 4, cycles: 6, retentionAt: (cycle) => (cycle < 4 ? 1 : 0.6) });
    expect(lifespan.lifespanCycle).toBe(4);
    expect(lifespan.grade).toBe('x');
  });

  it('makes a soft short in cycle 1 run to the time limit and grade x (as Comparatives 3 and 4, [0133])', () => {
    const { summary, lifespan } = graded({ ...base, seed: 5, cycles: 4, shortAtCycle: 1, shortKind: 'soft' });
    expect(summary[0]!.chargeStop).toBe('time');
    expect(summary[0]!.dischargeMAh).toBeGreaterThan(0);
    expect(lifespan.lifespanCycle).toBe(2);
    expect(lifespan.grade).toBe('x');
  });

  it('makes a hard short in cycle 3 collapse the voltage and grade x (as Comparative 2, short before cycle 5, [0132])', () => {
    const { series, summary, lifespan } = graded({ ...base, seed: 6, cycles: 4, shortAtCycle: 3, shortKind: 'hard' });
    expect(summary[2]!.dischargeMAh).toBe(0);
    const cycle3 = Array.from(series.voltageV).filter((_, i) => series.vendorCycle![i] === 3);
    expect(Math.min(...cycle3)).toBeLessThan(0.05);
    expect(lifespan.lifespanCycle).toBe(3);
    expect(lifespan.grade).toBe('x');
  });

  it('makes a hard short in cycle 1 leave no standard capacity: no grade, a warning, and the short flags to tell', () => {
    // Table 1 grades Comparatives 3 and 4 x; with nothing discharged in cycle 1 there is nothing to grade against.
    const { summary, lifespan } = graded({ ...base, seed: 9, cycles: 3, shortAtCycle: 1, shortKind: 'hard' });
    expect(summary[0]!.dischargeMAh).toBe(0);
    expect(lifespan.grade).toBeNull();
    expect(lifespan.warnings).toHaveLength(1);
  });

  it('leaves out the rests when restS is 0', () => {
    const series = syntheticTest({ ...base, seed: 1, cycles: 2, restS: 0 });
    expect(new Set(series.stateCode)).toEqual(new Set([1, -1]));
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and spreads uniformly and normally', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 10000 }, () => a.uniform());
    expect(Array.from({ length: 10000 }, () => b.uniform())).toEqual(draws);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(draws.reduce((sum, value) => sum + value, 0) / draws.length).toBeCloseTo(0.5, 1);
    const normal = Array.from({ length: 10000 }, () => a.gaussian());
    const mean = normal.reduce((sum, value) => sum + value, 0) / normal.length;
    const variance = normal.reduce((sum, value) => sum + (value - mean) ** 2, 0) / normal.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});
