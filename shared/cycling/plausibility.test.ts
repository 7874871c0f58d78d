// Time-base and near-zero checks: each warning's figures follow from the series written here.
import { describe, expect, it } from 'vitest';
import { analyseSeries } from './analyse-series';
import { coulombCountingAgreement } from './agreement';
import { evenTimes, seriesFromColumns, seriesFromSteps, type StepSpec } from './series-fixture';
import type { CycleSummary } from './types';

const mA = 1e-3;
const charge = (durationS: number, intervalS: number, extra: Partial<StepSpec> = {}): StepSpec => ({ currentA: 1 * mA, timesS: evenTimes(durationS, intervalS), voltageV: (tS) => 3.5 + (0.7 * tS) / durationS, ...extra });
const discharge = (durationS: number, intervalS: number, extra: Partial<StepSpec> = {}): StepSpec => ({ currentA: -1 * mA, timesS: evenTimes(durationS, intervalS), voltageV: (tS) => 4.1 - (1.6 * tS) / durationS, ...extra });

describe('plausibility of the time base', () => {
  it('says a half-cycle of 30 "seconds" is too fast, and what cycle 1 would hold in minutes and hours', () => {
    // A 30 min charge and discharge written in minutes but read as seconds: 1 mA for 30 s = 0.00833 mAh.
    const analysis = analyseSeries(seriesFromSteps([charge(30, 1), discharge(30, 1), charge(30, 1), discharge(30, 1)]));
    const discharged = analysis.cycles[0]!.dischargeMAh;
    expect(discharged).toBeCloseTo(30 / 3600, 9);
    expect(analysis.warnings).toContain(
      `a charge or discharge typically lasts 30 s, faster than any cell is cycled (a full half-cycle in under a minute): if the time column is in minutes; cycle 1's discharge would be 0.5 mAh instead of 0.00833 mAh; if in hours, cycle 1's discharge would be 30 mAh instead of 0.00833 mAh`,
    );
  });

  it('says points 2 h apart and half-cycles of 1,000 h look like milliseconds read as seconds', () => {
    // A 1 h half-cycle sampled every 7.2 s, its times in ms: 3,600,000 "s", points 7,200 "s" apart.
    const analysis = analyseSeries(seriesFromSteps([charge(3_600_000, 7200), discharge(3_600_000, 7200), charge(3_600_000, 7200), discharge(3_600_000, 7200)]));
    expect(analysis.cycles[0]!.dischargeMAh).toBeCloseTo(1000, 6);
    expect(analysis.warnings).toContain("the points are typically 2 h apart, longer than cyclers record at (seconds to minutes): check the time column's unit; if it is in milliseconds; cycle 1's discharge would be 1 mAh instead of 1000 mAh");
    expect(analysis.warnings).toContain("a charge or discharge typically lasts 1000 h, slower than any cycling test runs (over 500 h per half-cycle): if the time column is in milliseconds; cycle 1's discharge would be 1 mAh instead of 1000 mAh");
  });

  it('says nothing about an ordinary test (2 h half-cycles, a point a minute)', () => {
    const analysis = analyseSeries(seriesFromSteps([charge(7200, 60), discharge(7200, 60), charge(7200, 60), discharge(7200, 60)]));
    expect(analysis.warnings).toEqual([]);
  });

  it('says when the file’s capacity columns stand 60 times over the counted capacity', () => {
    const perMinute = (tS: number) => (1 * mA * tS) / 60;
    const analysis = analyseSeries(seriesFromSteps([charge(7200, 60, { chargeAh: perMinute, dischargeAh: () => 0 }), discharge(7200, 60, { chargeAh: () => 0, dischargeAh: perMinute })]));
    expect(analysis.warnings.some((warning) => warning.startsWith("the file's own capacity columns are 60 times the counted capacity: the time column may be in minutes, not seconds; cycle 1's discharge would be 120 mAh instead of 2 mAh"))).toBe(true);
  });
});

describe('rest-only files and near-zero numbers', () => {
  it('summarises an idle file with stray readings to no cycle with a discharge, and says what it took as noise', () => {
    const currentA = Array(300).fill(0);
    currentA[50] = 4e-7;
    currentA[51] = -3e-7;
    currentA[200] = 2e-7;
    const analysis = analyseSeries(seriesFromColumns({ timeS: currentA.map((_, i) => i * 10), currentA }));
    expect(analysis.cycles.map((row) => [row.chargeMAh, row.dischargeMAh])).toEqual([[0, 0]]);
    expect(analysis.lifespan.standardCapacityMAh).toBeNull();
    expect(analysis.warnings).toEqual([
      'the file holds no charge and no discharge (rest or open-circuit only): 0 cycles with a discharge; 3 point(s) of current up to 4e-7 A were taken as noise (the rest rule: no current is held above the noise floor (working current 0 A, resolution not visible), so every point is rest)',
    ]);
  });

  it('compares no near-zero capacity with the file’s columns: no enormous percentage between two crumbs', () => {
    const row = (cycle: number, chargeMAh: number, vendorChargeMAh: number) => ({ cycle, chargeMAh, dischargeMAh: 0, vendorChargeMAh, vendorDischargeMAh: null }) as unknown as CycleSummary;
    // 2 mAh agree within 0.1 %; 1e-5 mAh against 1e-4 mAh would be 900 %, and is below a thousandth of the largest.
    const agreement = coulombCountingAgreement([row(1, 2, 2.002), row(2, 1e-5, 1e-4)]);
    expect(agreement.compared).toBe(1);
    expect(agreement.note).toBe("the file's capacity columns agree with coulomb counting within 0.1 % (largest difference: cycle 1 charge)");
  });
});
