import { describe, expect, it } from 'vitest';
import { splitTrapezoid } from './cycle-integrals';
import { evenTimes, seriesFromColumns, seriesFromSteps } from './series-fixture';
import { summarizeCycles } from './summary';
import type { CyclerSeries } from './types';

const mA = 1e-3;
const ONE_CYCLE = (series: CyclerSeries) => new Int32Array(series.timeS.length).fill(1);
const only = (series: CyclerSeries) => summarizeCycles(series, ONE_CYCLE(series))[0]!;

// Times of an unevenly sampled 2 h step: a cycler that logs on voltage change, not on a clock.
const UNEVEN_2H_S = [0, 7, 100, 1000, 1001, 3333, 5000, 7199, 7200];

describe('coulomb counting (closed form)', () => {
  it('0.6 mA for 2 h = 1.2 mAh, sampled every minute (121 records)', () => {
    // 0.6 mA × 2 h = 1.2 mAh; the trapezoid rule is exact for a constant current.
    const series = seriesFromSteps([{ currentA: 0.6 * mA, timesS: evenTimes(7200, 60) }, { currentA: 0, timesS: evenTimes(600, 60) }]);
    expect(series.timeS.length).toBe(121 + 11);
    const row = only(series);
    expect(row.chargeMAh).toBeCloseTo(1.2, 12);
    expect(row.dischargeMAh).toBe(0);
  });

  it('0.6 mA for 2 h = 1.2 mAh, sampled unevenly', () => {
    const row = only(seriesFromSteps([{ currentA: 0.6 * mA, timesS: UNEVEN_2H_S }, { currentA: 0, timesS: [0, 1, 500] }]));
    expect(row.chargeMAh).toBeCloseTo(1.2, 12);
  });

  it('−0.6 mA for 2 h = 1.2 mAh of discharge, and 1.2 / 1.2 = 100 % coulombic efficiency', () => {
    const row = only(seriesFromSteps([{ currentA: 0.6 * mA, timesS: UNEVEN_2H_S }, { currentA: -0.6 * mA, timesS: evenTimes(7200, 600) }]));
    expect(row.chargeMAh).toBeCloseTo(1.2, 12);
    expect(row.dischargeMAh).toBeCloseTo(1.2, 12);
    expect(row.coulombicEfficiency).toBeCloseTo(1, 12);
  });

  it('gives the gap after a step’s last record to the next step (a rest without a start record adds nothing)', () => {
    // Charge records 0..7200 s every 60 s, then rest records from 7260 s. Right-hold: 1.2 mAh exactly;
    // a trapezoid over the gap would add 0.6 mA × 60 s / 2 = 0.005 mAh (0.42 %).
    const times = evenTimes(7200, 60);
    const series = seriesFromColumns({
      timeS: [...times, 7260, 7320],
      currentA: [...times.map(() => 0.6 * mA), 0, 0],
      stepIndex: [...times.map(() => 1), 2, 2],
    });
    expect(only(series).chargeMAh).toBeCloseTo(1.2, 12);
  });

  it('counts charge and discharge apart in one cycle: 1.2 mAh in, 0.9 mAh out, efficiency 75 %', () => {
    // Discharge: 0.45 mA × 2 h = 0.9 mAh.
    const row = only(seriesFromSteps([{ currentA: 0.6 * mA, timesS: evenTimes(7200, 60) }, { currentA: -0.45 * mA, timesS: UNEVEN_2H_S }]));
    expect(row.dischargeMAh).toBeCloseTo(0.9, 12);
    expect(row.coulombicEfficiency).toBeCloseTo(0.75, 12);
  });

  it('splits an interval where the current changes sign inside a step at the zero crossing', () => {
    // +1 mA to −1 mA over 36 s: zero at 18 s; each side is a triangle of ½ × 1 mA × 18 s = 9 mA·s = 0.0025 mAh.
    // Then −1 mA held for 36 s more (0.01 mAh), so that the file holds a current and is not rest only.
    const series = seriesFromColumns({ timeS: [0, 36, 72], currentA: [1 * mA, -1 * mA, -1 * mA], stepIndex: [1, 1, 1] });
    const row = only(series);
    expect(row.chargeMAh).toBeCloseTo(0.0025, 14);
    expect(row.dischargeMAh).toBeCloseTo(0.0125, 14);
    expect(splitTrapezoid(3, -1, 4)).toEqual({ positive: 4.5, negative: 0.5 });
  });

  it('ignores intervals where time repeats or jumps back, and empty values', () => {
    const series = seriesFromColumns({ timeS: [0, 3600, 3600, 0, 3600], currentA: [1, 1, 1, 1, NaN].map((value) => value * mA) });
    // Only 0 → 3600 s at 1 mA counts: 1 mAh.
    expect(only(series).chargeMAh).toBeCloseTo(1, 12);
  });
});

describe('energy and mean voltage (closed form)', () => {
  const ramp = (fromV: number, toV: number) => (tS: number) => fromV + ((toV - fromV) * tS) / 7200;

  it('0.6 mA for 2 h on a linear ramp 3.0 → 4.2 V: 0.6 mA × 3.6 V × 2 h = 4.32 mWh, mean 3.6 V', () => {
    // ∫ V·I dt = I × (mean of a linear V) × t; the trapezoid rule is exact for a linear V·I.
    const row = only(seriesFromSteps([{ currentA: 0.6 * mA, timesS: UNEVEN_2H_S, voltageV: ramp(3.0, 4.2) }]));
    expect(row.chargeMWh).toBeCloseTo(4.32, 12);
    expect(row.meanChargeV).toBeCloseTo(3.6, 12);
    expect(row.endOfChargeV).toBeCloseTo(4.2, 12);
  });

  it('discharge on 4.2 → 3.0 V at −0.6 mA gives 4.32 mWh and 3.6 V the same way', () => {
    const row = only(seriesFromSteps([
      { currentA: 0.6 * mA, timesS: evenTimes(7200, 60), voltageV: ramp(3.0, 4.2) },
      { currentA: -0.6 * mA, timesS: evenTimes(7200, 60), voltageV: ramp(4.2, 3.0) },
    ]));
    expect(row.dischargeMWh).toBeCloseTo(4.32, 12);
    expect(row.meanDischargeV).toBeCloseTo(3.6, 12);
    expect(row.endOfDischargeV).toBeCloseTo(3.0, 12);
  });
});
