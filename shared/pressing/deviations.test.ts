import { describe, expect, it } from 'vitest';
import { stepDeviations } from './deviations';

describe('stepDeviations', () => {
  const planned = { pressureMPa: 500, temperatureC: 90, durationS: 600 };

  it('gives each read set point its percentage from the plan', () => {
    // 540 MPa read for 500 MPa planned: (540 − 500) / 500 × 100 = +8 %, beyond 5 %.
    const [pressure, temperature, time] = stepDeviations(planned, { pressureMPa: 540, temperatureC: 88, durationS: 600 }, 5);
    expect(pressure).toEqual({ field: 'pressureMPa', planned: 500, actual: 540, percent: 8, beyondTolerance: true });
    // 88 °C for 90 °C: −2.22 %, within 5 %.
    expect(temperature!.percent).toBeCloseTo((-2 / 90) * 100, 12);
    expect(temperature!.beyondTolerance).toBe(false);
    expect(time!.percent).toBe(0);
  });

  it('holds exactly at the tolerance and leaves out what was not planned or not read', () => {
    const deviations = stepDeviations({ pressureMPa: 500, temperatureC: null, durationS: 600 }, { pressureMPa: 525, temperatureC: 25, durationS: null }, 5);
    expect(deviations).toHaveLength(1);
    expect(deviations[0]!.percent).toBe(5);
    expect(deviations[0]!.beyondTolerance).toBe(false);
  });
});
