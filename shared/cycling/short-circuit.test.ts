import { describe, expect, it } from 'vitest';
import { assignCycles } from './cycles';
import { evenTimes, seriesFromSteps, type StepSpec } from './series-fixture';
import { DEFAULT_SHORT_CIRCUIT_SETTINGS, findShortCircuits, type ShortCircuitSettings } from './short-circuit';
import { summarizeCycles } from './summary';
import { syntheticTest } from './synthetic';
import type { CyclerSeries } from './types';

const mA = 1e-3;
const H = 3600;

function flagsOf(series: CyclerSeries, settings: Partial<ShortCircuitSettings> = {}) {
  const { cycleOfStep } = assignCycles(series);
  return findShortCircuits(series, cycleOfStep, summarizeCycles(series, cycleOfStep), settings);
}

/** One cycle: a 0.6 mA charge with the given records and voltage, then a discharge of `dischargeH`. */
function chargeThenDischarge(charge: Omit<StepSpec, 'currentA'>, dischargeH = 1): CyclerSeries {
  return seriesFromSteps([{ currentA: 0.6 * mA, ...charge }, { currentA: -0.6 * mA, timesS: evenTimes(dischargeH * H, 60), voltageV: 3.7 }]);
}

describe('(a) voltage falling during a constant-current charge', () => {
  // Rises 3.800 → 4.012 V over 2 h, falls to 3.927 V over the next 6 min, then stays.
  const sag = (tS: number) => (tS <= 7200 ? 3.8 + (0.212 * tS) / 7200 : tS <= 7560 ? 4.012 - (0.085 * (tS - 7200)) / 360 : 3.927);

  it('flags a fall of more than 20 mV from the running maximum, with the numbers', () => {
    const flags = flagsOf(chargeThenDischarge({ timesS: evenTimes(4 * H, 60), voltageV: sag }));
    expect(flags).toEqual([
      {
        cycle: 1,
        kind: 'voltage_drop',
        reason: 'the voltage fell during a constant-current charge',
        // 4.012 − 3.927 = 85 mV, lowest at 7560 s = 2.10 h; first > 20 mV below at 7320 s = 2.03 h (3.984 V).
        evidence: 'voltage fell 85 mV (4.012 → 3.927 V) at 2.10 h into the charge (first more than 20 mV below its maximum at 2.03 h) while 0.6 mA flowed',
      },
    ]);
  });

  it('does not flag the same fall when the current is not constant (a pulse or a taper)', () => {
    const series = chargeThenDischarge({ timesS: evenTimes(4 * H, 60), voltageV: sag });
    for (let i = 0; i < 241; i += 2) series.currentA[i] = 0.3 * mA;
    expect(flagsOf(series)).toEqual([]);
  });

  it('ignores the first minute (switch-on transient) and a fall within the threshold', () => {
    const dipFirst = (tS: number) => (tS < 60 ? 3.9 : 3.85 + (0.2 * tS) / (4 * H));
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(4 * H, 10), voltageV: dipFirst }))).toEqual([]);
    const smallDip = (tS: number) => (tS <= 7200 ? 3.8 + (0.2 * tS) / 7200 : 3.985);
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(4 * H, 60), voltageV: smallDip }))).toEqual([]);
  });

  it('takes the threshold as a setting', () => {
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(4 * H, 60), voltageV: sag }), { voltageDropV: 0.1 })).toEqual([]);
  });
});

describe('(a) voltage stopping while the charge runs to its time limit', () => {
  const flat = (tS: number) => Math.min(3.9, 3.6 + (0.3 * tS) / (6 * H));

  it('flags a charge that ran 12.5 h with the voltage flat over its last 1.25 h', () => {
    const flags = flagsOf(chargeThenDischarge({ timesS: evenTimes(12.5 * H, 60), voltageV: flat }, 10));
    expect(flags.map((flag) => flag.kind)).toEqual(['voltage_stall']);
    expect(flags[0]!.evidence).toBe('the charge ran 12.50 h (limit 12.5 h) and over its last 1.25 h the voltage rose only 0 mV (3.900 → 3.900 V) while 0.6 mA flowed');
  });

  it('does not flag it without a time limit, nor a shorter charge', () => {
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(12.5 * H, 60), voltageV: flat }, 10), { chargeLimitH: null })).toEqual([]);
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(12 * H, 60), voltageV: flat }, 10))).toEqual([]);
  });
});

describe('(b) time limit without the cut-off and a collapsed coulombic efficiency', () => {
  // Rises 3.800 → 3.900 V over 12.5 h: 8 mV over the last 1.25 h, so not a stall.
  const slow = (tS: number) => 3.8 + (0.1 * tS) / (12.5 * H);

  it('flags it with the numbers: 7.5 mAh in, 0.6 mAh out = 8 %', () => {
    const flags = flagsOf(chargeThenDischarge({ timesS: evenTimes(12.5 * H, 60), voltageV: slow }, 1), { upperCutoffV: 4.25 });
    expect(flags.map((flag) => flag.kind)).toEqual(['time_limit_low_efficiency']);
    expect(flags[0]!.evidence).toBe('the charge ran 12.50 h (limit 12.5 h) and ended at 3.900 V, below the 4.25 V cut-off; coulombic efficiency 8.0 % (discharge 0.600 mAh of 7.500 mAh charged)');
  });

  it('does not flag it when the efficiency stays above 50 % (here 60 %) or the charge reached the cut-off', () => {
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(12.5 * H, 60), voltageV: slow }, 7.5))).toEqual([]);
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(12.5 * H, 60), voltageV: slow }, 1), { upperCutoffV: 3.91 })).toEqual([]);
  });
});

describe('(c) voltage collapsing to near zero during a charge', () => {
  it('flags a fall below 0.5 V after the charge had been above 2 V', () => {
    const collapse = (tS: number) => (tS < 2 * H ? 3.6 + (0.5 * tS) / (2 * H) : 0.2);
    const flags = flagsOf(chargeThenDischarge({ timesS: evenTimes(3 * H, 60), voltageV: collapse }));
    const flag = flags.find((candidate) => candidate.kind === 'voltage_collapse');
    // Highest record before the collapse: 7140 s, 3.6 + 0.5 × 7140 / 7200 = 4.096 V.
    expect(flag?.evidence).toBe('voltage collapsed to 0.200 V at 2.00 h into the charge after reaching 4.096 V, while 0.6 mA flowed');
  });

  it('does not flag a fresh cell that starts near 0 V and charges up', () => {
    const fresh = (tS: number) => Math.min(3.9, 0.05 + tS / 600);
    expect(flagsOf(chargeThenDischarge({ timesS: evenTimes(3 * H, 60), voltageV: fresh }))).toEqual([]);
  });
});

describe('short circuits in synthetic tests', () => {
  const base = { capacityMAh: 3, currentMA: 0.6 };
  const settings = { upperCutoffV: 4.25, chargeLimitH: 12.5 };

  it('finds a soft short in the cycle it starts in, and nothing before it', () => {
    const flags = flagsOf(syntheticTest({ ...base, seed: 11, cycles: 5, shortAtCycle: 3, shortKind: 'soft' }), settings);
    expect(Math.min(...flags.map((flag) => flag.cycle))).toBe(3);
    expect(flags.filter((flag) => flag.cycle === 3).map((flag) => flag.kind)).toEqual(expect.arrayContaining(['voltage_drop', 'time_limit_low_efficiency']));
  });

  it('finds a hard short in the cycle it starts in, as a collapse, and nothing before it', () => {
    const flags = flagsOf(syntheticTest({ ...base, seed: 12, cycles: 6, shortAtCycle: 5, shortKind: 'hard' }), settings);
    expect(Math.min(...flags.map((flag) => flag.cycle))).toBe(5);
    expect(flags.filter((flag) => flag.cycle === 5).map((flag) => flag.kind)).toEqual(expect.arrayContaining(['voltage_drop', 'voltage_collapse', 'time_limit_low_efficiency']));
  });

  it('flags nothing in 120 healthy cycles with noise, with or without the protocol limits', () => {
    for (const seed of [1, 2]) {
      const series = syntheticTest({ ...base, seed, cycles: 120, noiseV: 0.002 });
      expect(flagsOf(series, settings)).toEqual([]);
      expect(flagsOf(series, { upperCutoffV: null, chargeLimitH: null })).toEqual([]);
    }
  });

  it('exports its defaults: 20 mV, 12.5 h ([0123]), 50 %, 0.5 V after 2 V', () => {
    expect(DEFAULT_SHORT_CIRCUIT_SETTINGS).toMatchObject({ voltageDropV: 0.02, chargeLimitH: 12.5, minCoulombicEfficiency: 0.5, collapseBelowV: 0.5, collapseAfterAboveV: 2 });
  });
});
