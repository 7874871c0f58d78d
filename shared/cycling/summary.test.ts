import { describe, expect, it } from 'vitest';
import { splitSteps } from './segments';
import { evenTimes, seriesFromSteps, type StepSpec } from './series-fixture';
import { coulombCountingAgreement, summarizeCycles } from './summary';
import type { CycleSummary, CyclerSeries } from './types';

const mA = 1e-3;
const cyclesOf = (series: CyclerSeries, ...cycleOfStep: number[]) => {
  // The cycle of each step as split, read through the series' own step column: step n is in cycle cycleOfStep[n - 1].
  return Int32Array.from(splitSteps(series), (step) => cycleOfStep[series.stepIndex![step.startIndex]! - 1]!);
};
/** Every step of the series in cycle 1. */
const allInCycle1 = (series: CyclerSeries) => new Int32Array(splitSteps(series).length).fill(1);
const rise = (fromV: number, toV: number, durationS: number) => (tS: number) => fromV + ((toV - fromV) * tS) / durationS;

describe('summarizeCycles', () => {
  const twoCycles = seriesFromSteps([
    { step: 1, currentA: 0.6 * mA, timesS: evenTimes(7200, 60), voltageV: rise(3.6, 4.245, 7200) },
    { step: 2, currentA: 0, timesS: evenTimes(600, 60), voltageV: 4.1 },
    { step: 3, currentA: -0.6 * mA, timesS: evenTimes(5400, 60), voltageV: rise(4.0, 2.5, 5400) },
    { step: 4, currentA: 0.6 * mA, timesS: evenTimes(3600, 60), voltageV: rise(3.6, 4.0, 3600) },
    { step: 5, currentA: -0.6 * mA, timesS: evenTimes(1800, 60), voltageV: rise(3.9, 2.5, 1800) },
  ]);
  const rows = summarizeCycles(twoCycles, cyclesOf(twoCycles, 1, 1, 1, 2, 2), { upperCutoffV: 4.25, activeMassG: 0.01, areaCm2: 2 });

  it('gives one row per cycle with capacities, durations and times', () => {
    expect(rows.map((row) => row.cycle)).toEqual([1, 2]);
    // Cycle 1: 0.6 mA × 2 h = 1.2 mAh in, 0.6 mA × 1.5 h = 0.9 mAh out.
    expect(rows[0]!.chargeMAh).toBeCloseTo(1.2, 12);
    expect(rows[0]!.dischargeMAh).toBeCloseTo(0.9, 12);
    expect(rows[0]!.chargeDurationS).toBe(7200);
    expect(rows[0]!.dischargeDurationS).toBe(5400);
    expect(rows[0]!.startTimeS).toBe(0);
    expect(rows[1]!.startTimeS).toBe(7200 + 600 + 5400);
    // Cycle 2: 0.6 mAh in, 0.3 mAh out.
    expect(rows[1]!.chargeMAh).toBeCloseTo(0.6, 12);
    expect(rows[1]!.coulombicEfficiency).toBeCloseTo(0.5, 12);
    expect(rows[0]!.points + rows[1]!.points).toBe(twoCycles.timeS.length);
  });

  it('reads end voltages at the last record of the last charge and discharge step', () => {
    expect(rows[0]!.endOfChargeV).toBeCloseTo(4.245, 12);
    expect(rows[0]!.endOfDischargeV).toBeCloseTo(2.5, 12);
  });

  it('tells a charge that ended within 20 mV of the cut-off from one that did not', () => {
    // 4.245 V is 5 mV from 4.25 V; cycle 2 ended at 4.0 V (250 mV short) after 1 h, no limit given.
    expect(rows[0]!.chargeStop).toBe('voltage');
    expect(rows[1]!.chargeStop).toBe('unknown');
  });

  it('gives mAh/g and mAh/cm² from the active mass and the area: 0.9 mAh / 0.01 g = 90 mAh/g, / 2 cm² = 0.45 mAh/cm²', () => {
    expect(rows[0]!.dischargeMAhG).toBeCloseTo(90, 10);
    expect(rows[0]!.dischargeMAhCm2).toBeCloseTo(0.45, 12);
    const bare = summarizeCycles(twoCycles, cyclesOf(twoCycles, 1, 1, 1, 2, 2));
    expect(bare[0]!.dischargeMAhG).toBeNull();
    expect(bare[0]!.dischargeMAhCm2).toBeNull();
  });

  it('has no efficiency or mean voltage where nothing was charged or discharged', () => {
    const restOnly = seriesFromSteps([{ step: 1, currentA: 0, timesS: [0, 60] }]);
    const row = summarizeCycles(restOnly, allInCycle1(restOnly))[0]!;
    expect(row.coulombicEfficiency).toBeNull();
    expect(row.meanChargeV).toBeNull();
    expect(row.endOfChargeV).toBeNull();
    expect(row.chargeStop).toBe('unknown');
  });
});

describe('chargeStop', () => {
  const charge = (durationS: number, voltageV: StepSpec['voltageV']) =>
    seriesFromSteps([{ step: 1, currentA: 0.6 * mA, timesS: evenTimes(durationS, 60), voltageV }, { step: 2, currentA: -0.6 * mA, timesS: [0, 60] }]);
  const stopOf = (series: CyclerSeries, options: Parameters<typeof summarizeCycles>[2]) => summarizeCycles(series, allInCycle1(series), options)[0]!.chargeStop;

  it('is "time" when the charge lasted within 1 % of the limit: 12.4 h ≥ 0.99 × 12.5 h = 12.375 h', () => {
    expect(stopOf(charge(12.4 * 3600, rise(3.6, 4.0, 12.4 * 3600)), { upperCutoffV: 4.25, chargeLimitH: 12.5 })).toBe('time');
    expect(stopOf(charge(12.3 * 3600, rise(3.6, 4.0, 12.3 * 3600)), { upperCutoffV: 4.25, chargeLimitH: 12.5 })).toBe('unknown');
  });

  it('without a cut-off, is "voltage" when the voltage held flat (< 5 mV) over the last 5 % of the step', () => {
    // 2 h charge: the last 6 min at 4.200 V flat.
    const flatTop = (tS: number) => Math.min(4.2, 3.6 + (0.6 * tS) / 6840);
    expect(stopOf(charge(7200, flatTop), {})).toBe('voltage');
    expect(stopOf(charge(7200, rise(3.6, 4.2, 7200)), {})).toBe('unknown');
  });

  it('without a cut-off, gives the time limit precedence over a flat top', () => {
    expect(stopOf(charge(12.5 * 3600, 3.9), { chargeLimitH: 12.5 })).toBe('time');
  });
});

describe('vendor capacities (FORMATS.md section 0 rule 6)', () => {
  const steps = (chargeAh: (step: number) => (tS: number) => number, dischargeAh: (step: number) => (tS: number) => number): CyclerSeries =>
    seriesFromSteps([1, 2, 3, 4].map((step) => ({
      step,
      currentA: step % 2 === 1 ? 0.6 * mA : -0.6 * mA,
      timesS: evenTimes(3600, 600),
      chargeAh: chargeAh(step),
      dischargeAh: dischargeAh(step),
    })));
  const perCycle = (series: CyclerSeries) => summarizeCycles(series, cyclesOf(series, 1, 1, 2, 2));
  const hourAh = (tS: number) => (0.6 * mA * tS) / 3600;

  it('takes max − min of a counter that never drops within a cycle (reset at each cycle, as Arbin)', () => {
    // Charge counter: 0 → 0.6 mAh in each charge, held through the discharge, reset at the next cycle.
    const series = steps((step) => (step % 2 === 1 ? hourAh : () => 0.6 * mA), (step) => (step % 2 === 0 ? hourAh : () => 0));
    const rows = perCycle(series);
    expect(rows.map((row) => row.vendorChargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
    expect(rows.map((row) => row.vendorDischargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
  });

  it('takes max − min of a counter cumulative over the whole test', () => {
    // Charge counter runs 0 → 0.6 → (held) → 1.2 mAh: cycle 2 is 1.2 − 0.6 = 0.6 mAh.
    const series = steps((step) => (step === 1 ? hourAh : step === 2 ? () => 0.6 * mA : step === 3 ? (tS) => 0.6 * mA + hourAh(tS) : () => 1.2 * mA), () => () => 0);
    expect(perCycle(series).map((row) => row.vendorChargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
  });

  it('sums the per-step maxima of a counter that restarts each step (one counter for both directions, as Maccor)', () => {
    // The same 0 → 0.6 mAh counter in every step; the charge column counts only charge steps.
    const series = steps(() => hourAh, () => hourAh);
    const rows = perCycle(series);
    expect(rows.map((row) => row.vendorChargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
    expect(rows.map((row) => row.vendorDischargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
  });

  it('skips a stale first record when the counter resets one record late', () => {
    // Each step's first record still shows 5 mAh (an earlier total), then restarts at 0.
    const late = (tS: number) => (tS === 0 ? 5 * mA : hourAh(tS));
    const rows = perCycle(steps(() => late, () => late));
    expect(rows.map((row) => row.vendorChargeMAh)).toEqual([0.6, 0.6].map((value) => expect.closeTo(value, 12)));
  });

  it('is null without the columns', () => {
    const series = seriesFromSteps([{ step: 1, currentA: 0.6 * mA, timesS: [0, 60] }]);
    expect(summarizeCycles(series, allInCycle1(series))[0]!.vendorChargeMAh).toBeNull();
  });
});

describe('coulombCountingAgreement', () => {
  const row = (cycle: number, chargeMAh: number, vendorChargeMAh: number | null, dischargeMAh: number, vendorDischargeMAh: number | null) =>
    ({ cycle, chargeMAh, vendorChargeMAh, dischargeMAh, vendorDischargeMAh }) as CycleSummary;

  it('gives the relative difference vendor − counted over the totals and the worst cycle', () => {
    // Charge: (1.01 + 0.99 − 2) / 2 = 0; discharge: (0.9 + 0.95 − 1.8) / 1.8 = 2.78 %; worst: cycle 2 discharge, 0.05/0.9 = 5.6 %.
    const agreement = coulombCountingAgreement([row(1, 1, 1.01, 0.9, 0.9), row(2, 1, 0.99, 0.9, 0.95)]);
    expect(agreement.compared).toBe(4);
    expect(agreement.chargeRelativeDifference).toBeCloseTo(0, 12);
    expect(agreement.dischargeRelativeDifference).toBeCloseTo(0.05 / 1.8, 12);
    expect(agreement.worst).toEqual({ cycle: 2, direction: 'discharge', relativeDifference: expect.closeTo(0.05 / 0.9, 12) });
    expect(agreement.note).toBe("the file's capacity columns differ from coulomb counting by up to 5.6 % (cycle 2 discharge): check what the columns count and their units");
  });

  it('says the columns agree when within 1 %, and that there is nothing to compare without them', () => {
    expect(coulombCountingAgreement([row(1, 1, 1.002, 0.9, 0.9)]).note).toBe("the file's capacity columns agree with coulomb counting within 0.2 % (largest difference: cycle 1 charge)");
    const none = coulombCountingAgreement([row(1, 1, null, 0.9, null)]);
    expect(none.worst).toBeNull();
    expect(none.chargeRelativeDifference).toBeNull();
    expect(none.note).toBe('the file has no capacity columns to compare with coulomb counting');
  });
});
