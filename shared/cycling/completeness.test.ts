// Whole and cut-off cycles, cycle 0 set apart, and the coulombic efficiency only where both halves
// exist: checked on series whose capacities follow in closed form from constant currents.
import { describe, expect, it } from 'vitest';
import { analyseSeries } from './analyse-series';
import { evenTimes, seriesFromSteps, type StepSpec } from './series-fixture';

const mA = 1e-3;
/** A 2 h charge at 1 mA from 3.5 to 4.2 V (2 mAh), or only its first `hours`. */
const charge = (hours = 2): StepSpec => ({ currentA: 1 * mA, timesS: evenTimes(hours * 3600, 600), voltageV: (tS) => 3.5 + (0.7 * tS) / 7200 });
/** A discharge at 1 mA from 4.1 V down to 2.5 V at `fullHours`, cut off by the data after `hours`. */
const discharge = (fullHours = 1.8, hours = fullHours): StepSpec => ({ currentA: -1 * mA, timesS: evenTimes(hours * 3600, 600), voltageV: (tS) => 4.1 - (1.6 * tS) / (fullHours * 3600) });
const rest = (): StepSpec => ({ currentA: 0, timesS: evenTimes(1200, 600), voltageV: 3.6 });

describe('complete and incomplete cycles', () => {
  it('marks a last cycle of charge only incomplete: CE "none", no lifespan from it, and the label says the test ended mid-cycle', () => {
    const analysis = analyseSeries(seriesFromSteps([charge(), rest(), discharge(), rest(), charge(), rest(), discharge(1.75), rest(), charge(1.2)]));
    expect(analysis.cycles.map((row) => [row.cycle, row.complete])).toEqual([[1, true], [2, true], [3, false]]);
    const last = analysis.cycles[2]!;
    expect(last.dischargeMAh).toBe(0);
    expect(last.coulombicEfficiency).toBeNull();
    // 1 mA for 1.8 h and 1.75 h: 1.8 and 1.75 mAh; 1.75 / 1.8 = 97 %, so no lifespan yet.
    expect(analysis.lifespan.standardCapacityMAh).toBeCloseTo(1.8, 9);
    expect(analysis.lifespan.lifespanCycle).toBeNull();
    expect(analysis.lifespan.grade).toBeNull();
    expect(analysis.lifespan.label).toBe('> 2 (still above 80%; the test ended mid-cycle 3, which is not counted)');
  });

  it('marks a discharge still running when the data end incomplete, and one that reached the earlier cut-off complete', () => {
    // Cycle 2's discharge stops at 0.5 h of 1.8 h (3.66 V, far above the 2.5 V where cycle 1's ended).
    const cut = analyseSeries(seriesFromSteps([charge(), rest(), discharge(), rest(), charge(), rest(), discharge(1.8, 0.5)]));
    expect(cut.cycles.map((row) => row.complete)).toEqual([true, false]);
    expect(cut.cycles[1]!.coulombicEfficiency).toBeCloseTo(0.5 / 2, 9);
    expect(cut.lifespan.grade).toBeNull();
    expect(cut.lifespan.label).toBe('only cycle 1 so far: no lifespan yet (the test ended mid-cycle 2, which is not counted)');
    // The same discharge run to 2.5 V, with no rest after it: whole, and its 0.5 mAh ends the lifespan at cycle 2.
    const whole = analyseSeries(seriesFromSteps([charge(), rest(), discharge(), rest(), charge(), rest(), discharge(0.5)]));
    expect(whole.cycles.map((row) => row.complete)).toEqual([true, true]);
    expect(whole.lifespan.lifespanCycle).toBe(2);
    expect(whole.lifespan.grade).toBe('x');
  });

  it('sets a discharge before the first charge apart as cycle 0: cycle 1 is the first charge and its discharge, with a CE below 100 %', () => {
    const analysis = analyseSeries(seriesFromSteps([discharge(0.6), rest(), charge(), rest(), discharge(), rest(), charge(), rest(), discharge()]));
    expect(analysis.setApart).toEqual([{ cycle: 0, chargeMAh: 0, dischargeMAh: expect.closeTo(0.6, 9), reason: 'before the first charge' }]);
    expect(analysis.cycles.map((row) => row.cycle)).toEqual([1, 2]);
    // 1.8 mAh out of 2 mAh in: 90 %, where adding the 0.6 mAh before would have made 120 %.
    expect(analysis.cycles[0]!.coulombicEfficiency).toBeCloseTo(0.9, 9);
    expect(analysis.lifespan.standardCapacityMAh).toBeCloseTo(1.8, 9);
  });
});
