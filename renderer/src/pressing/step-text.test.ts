import { describe, expect, it } from 'vitest';
import { checkNumberText } from './StepChecks';
import { setPointsText } from './step-draft';
import { durationText } from './format';

const none = { temperatureC: null, durationS: null, atmosphere: null, lineLoadKNPerCm: null, gapUm: null, speedMPerMin: null, passes: null } as const;

describe('set points in words', () => {
  it('gives a die press its planned force: 500 MPa on a 10 mm round die is 39.27 kN = 4.00 tf (DOMAIN.md section 4)', () => {
    // π × (5 mm)² = 78.54 mm²; 500 N/mm² × 78.54 mm² = 39 270 N; / 9806.65 N per tf = 4.004 tf.
    const areaCm2 = (Math.PI * 5 ** 2) / 100;
    // The step's own forceKN follows the gauge once run (here 45 kN); the set points keep the plan's.
    const text = setPointsText({ ...none, kind: 'press', pressureMPa: 500, areaCm2, forceKN: 45, forceTf: 4.6, temperatureC: 90, durationS: 600 });
    expect(text).toBe('500 MPa = 39.27 kN (4 tf) on 0.7854 cm², 90 °C, 10 min');
  });

  it('states a roll press and a dry step as entered', () => {
    expect(setPointsText({ ...none, kind: 'press', pressureMPa: 450, durationS: 0.1, lineLoadKNPerCm: 2, passes: 1 })).toBe('450 MPa, line load 2 kN/cm, 1 pass, 100 ms');
    expect(setPointsText({ ...none, kind: 'dry', pressureMPa: null, temperatureC: 40, durationS: 10 * 3600, atmosphere: 'vacuum' })).toBe('40 °C, 10 h, vacuum');
    expect(setPointsText({ ...none, kind: 'fixture', pressureMPa: 10 })).toBe('stack pressure 10 MPa');
  });

  it('writes durations in the unit a lab says them in', () => {
    expect([durationText(0.1), durationText(45), durationText(600), durationText(48 * 3600), durationText(null)]).toEqual(['100 ms', '45 s', '10 min', '48 h', '—']);
  });

  it('names a check number by its words and its unit', () => {
    expect(checkNumberText('largestAreaCm2', 2.941995)).toBe('largest area 2.942 cm²');
    expect(checkNumberText('capacityKN', 147.09975)).toBe('capacity 147.1 kN');
    expect(checkNumberText('maxTemperatureC', 90)).toBe('max temperature 90 °C');
    expect(checkNumberText('areaCm2', null)).toBe('area —');
  });
});
