// Points too far apart for how the voltage moves (voltage-sampling.ts): the figures of the warning
// follow in closed form from linear voltage ramps sampled at a known interval.
import { describe, expect, it } from 'vitest';
import { analyseSeries } from './analyse-series';
import { evenTimes, seriesFromSteps, type StepSpec } from './series-fixture';
import { MAX_VOLTAGE_STEP_V, voltageSampling } from './voltage-sampling';

const mA = 1e-3;
/** 2 h charges and discharges between 3.5 and 4.1 V (0.6 V), a point every `intervalS`. */
const charge = (intervalS: number): StepSpec => ({ currentA: 1 * mA, timesS: evenTimes(7200, intervalS), voltageV: (tS) => 3.5 + (0.6 * tS) / 7200 });
const discharge = (intervalS: number): StepSpec => ({ currentA: -1 * mA, timesS: evenTimes(7200, intervalS), voltageV: (tS) => 4.1 - (0.6 * tS) / 7200 });
const cycles = (intervalS: number, count: number) => Array.from({ length: count }, () => [charge(intervalS), discharge(intervalS)]).flat();

describe('sampling against how the voltage moves', () => {
  it('flags points 30 min apart on 2 h half-cycles: 150 mV between points, with the interval that would do', () => {
    // 0.6 V in 4 intervals of 1800 s: 150 mV each; 5 points a step; 5 mV would need 1800 × 5 / 150 = 60 s.
    const series = seriesFromSteps(cycles(1800, 3));
    expect(voltageSampling(series)).toEqual({ typicalStepV: expect.closeTo(0.15, 9), typicalIntervalS: 1800, pointsPerStep: 5, intervals: 24 });
    const analysis = analyseSeries(series);
    expect(analysis.warnings).toContain(
      'the points are far too far apart for how the voltage moves: during charge and discharge it typically moves 150 mV between two points (1800 s apart; 5 points per charge or discharge step), where cyclers record every few mV: end voltages, voltage curves, dQ/dV and the short-circuit checks rest on few points (a point every 60 s would keep the voltage within 5 mV between points); the capacities by coulomb counting hold as long as the current was constant between points',
    );
    // The capacity itself is right: 1 mA for 2 h.
    expect(analysis.cycles[0]!.dischargeMAh).toBeCloseTo(2, 9);
  });

  it('says nothing at a point every 2 min (10 mV between points), nor on too few intervals to tell', () => {
    const fine = seriesFromSteps(cycles(120, 2));
    expect(voltageSampling(fine)!.typicalStepV).toBeCloseTo(0.01, 9);
    expect(analyseSeries(fine).warnings.filter((warning) => warning.includes('voltage moves'))).toEqual([]);
    // One half-cycle of 4 intervals: nothing typical to say.
    expect(voltageSampling(seriesFromSteps([charge(1800), discharge(1800)]))).toBeNull();
  });

  it('puts the limit at 50 mV between points: 60 mV is flagged, 40 mV is not', () => {
    expect(MAX_VOLTAGE_STEP_V).toBe(0.05);
    const flagged = (intervalS: number) => analyseSeries(seriesFromSteps(cycles(intervalS, 2))).warnings.some((warning) => warning.includes('voltage moves'));
    // 0.6 V in 10 intervals of 720 s, and in 15 of 480 s.
    expect(flagged(720)).toBe(true);
    expect(flagged(480)).toBe(false);
  });
});
