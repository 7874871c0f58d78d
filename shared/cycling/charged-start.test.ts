// A first cycle that started charged (charged-start.ts): set apart as cycle 0 and the cycles after
// renumbered, on series whose capacities follow in closed form from constant currents.
import { describe, expect, it } from 'vitest';
import { analyseSeries } from './analyse-series';
import { BEFORE_FIRST_FULL_CYCLE, chargedStartNote } from './charged-start';
import { evenTimes, seriesFromSteps, type StepSpec } from './series-fixture';

const mA = 1e-3;
/** A charge at 1 mA for `hours` (1 mAh an hour) from 3.5 V towards 4.2 V at 2 h. */
const charge = (hours = 2): StepSpec => ({ currentA: 1 * mA, timesS: evenTimes(hours * 3600, 600), voltageV: (tS) => 3.5 + (0.7 * tS) / 7200 });
/** A discharge at 1 mA for `hours`, from 4.1 V to 2.5 V. */
const discharge = (hours = 1.9): StepSpec => ({ currentA: -1 * mA, timesS: evenTimes(hours * 3600, 600), voltageV: (tS) => 4.1 - (1.6 * tS) / (hours * 3600) });
const rest = (): StepSpec => ({ currentA: 0, timesS: evenTimes(1200, 600), voltageV: 3.6 });

describe('a charge before the first cycle', () => {
  it('sets apart a top-up charge and the discharge after it (190 %), so that cycle 1 is the first cycle that began empty', () => {
    // 1 mAh in, 1.9 mAh out: the cell held 0.9 mAh when the file began. Then two cycles of 2 mAh in, 1.9 mAh out (95 %).
    const analysis = analyseSeries(seriesFromSteps([charge(1), rest(), discharge(), rest(), charge(), rest(), discharge(), rest(), charge(), rest(), discharge(1.5)]));
    expect(analysis.setApart).toEqual([{ cycle: 0, chargeMAh: expect.closeTo(1, 9), dischargeMAh: expect.closeTo(1.9, 9), reason: BEFORE_FIRST_FULL_CYCLE }]);
    expect(analysis.cycles.map((row) => row.cycle)).toEqual([1, 2]);
    expect(analysis.cycles[0]!.coulombicEfficiency).toBeCloseTo(1.9 / 2, 9);
    // Standard capacity: the new cycle 1's 1.9 mAh; cycle 2's 1.5 mAh is 78.9 % of it, so the lifespan ends at 2.
    expect(analysis.lifespan.standardCapacityMAh).toBeCloseTo(1.9, 9);
    expect(analysis.lifespan.lifespanCycle).toBe(2);
    expect(analysis.assignment.note).toContain('The first cycle gave back 1.9 mAh after a charge of 1 mAh (coulombic efficiency 190.0 %, where cycle 2 gives 95.0 %): the cell held charge when the file begins');
  });

  it('joins a discharge before the first charge and a charged first cycle into one cycle 0', () => {
    const analysis = analyseSeries(seriesFromSteps([discharge(0.5), rest(), charge(1), rest(), discharge(), rest(), charge(), rest(), discharge()]));
    expect(analysis.setApart).toEqual([{ cycle: 0, chargeMAh: expect.closeTo(1, 9), dischargeMAh: expect.closeTo(2.4, 9), reason: BEFORE_FIRST_FULL_CYCLE }]);
    expect(analysis.cycles.map((row) => [row.cycle, row.chargeMAh.toFixed(6), row.dischargeMAh.toFixed(6)])).toEqual([[1, '2.000000', '1.900000']]);
  });

  it('leaves a file alone whose every cycle gives back more than it took (a time base to doubt, not a charged start)', () => {
    const analysis = analyseSeries(seriesFromSteps([charge(1), rest(), discharge(), rest(), charge(1), rest(), discharge(), rest(), charge(1), rest(), discharge()]));
    expect(analysis.setApart).toEqual([]);
    expect(analysis.cycles.map((row) => row.cycle)).toEqual([1, 2, 3]);
  });

  it('keeps an ordinary first cycle (95 %) and one a little above 100 % as cycle 1', () => {
    for (const firstHours of [1.9, 2.1]) {
      const analysis = analyseSeries(seriesFromSteps([charge(), rest(), discharge(firstHours), rest(), charge(), rest(), discharge()]));
      expect(analysis.setApart).toEqual([]);
      expect(analysis.cycles.map((row) => row.cycle)).toEqual([1, 2]);
    }
  });
});

describe('the charged-start note', () => {
  it("words a small cell's capacities in µAh (0.0019 mAh is 1.9 µAh, never 0.0019 mAh or µmAh)", () => {
    const note = chargedStartNote({ chargeMAh: 0.001, dischargeMAh: 0.0019, efficiency: 1.9, ordinaryCycle: 2, ordinaryEfficiency: 0.95 });
    expect(note).toContain('The first cycle gave back 1.9 µAh after a charge of 1 µAh (coulombic efficiency 190.0 %, where cycle 2 gives 95.0 %)');
  });
});
