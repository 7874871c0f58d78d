// The templates against DOMAIN.md section 4's tables, row by row.
import { describe, expect, it } from 'vitest';
import { COMPARATIVE_1_STEPS, EXAMPLE_1_STEPS } from './templates';

const row = (step: (typeof EXAMPLE_1_STEPS)[number]) => [step.kind, step.method, step.temperatureC, step.pressureMPa, step.durationS];

describe('press templates', () => {
  it("Example 1's press steps: hot plate 90 °C 500 MPa 10 min; roll press 450 MPa 100 ms, temperature not stated; vacuum seal, no pressure", () => {
    const presses = EXAMPLE_1_STEPS.filter((step) => step.kind !== 'dry').map(row);
    expect(presses).toEqual([
      ['press', 'hot_plate_press', 90, 500, 600],
      ['press', 'roll_press', null, 450, 0.1],
      ['seal', 'vacuum_seal', null, null, null],
    ]);
  });
  it("Example 1's drying: anode 80 °C 10 min then 40 °C 10 h vacuum; SE 80 °C 10 min then 70 °C 2 h vacuum; gel 50 °C 48 h then 80 °C 48 h vacuum; cathode sheet 40 °C 8 h vacuum", () => {
    const drying = EXAMPLE_1_STEPS.filter((step) => step.kind === 'dry').map((step) => [step.atmosphere, step.temperatureC, step.durationS]);
    expect(drying).toEqual([
      ['air', 80, 10 * 60],
      ['vacuum', 40, 10 * 3600],
      ['air', 80, 10 * 60],
      ['vacuum', 70, 2 * 3600],
      ['air', 50, 48 * 3600],
      ['vacuum', 80, 48 * 3600],
      ['vacuum', 40, 8 * 3600],
    ]);
    // 10 min + 10 h + 10 min + 2 h + 10 min (press) + 48 h + 48 h + 8 h + 0.1 s
    const totalS = EXAMPLE_1_STEPS.reduce((sum, step) => sum + (step.durationS ?? 0), 0);
    expect(totalS).toBeCloseTo(3 * 600 + (10 + 2 + 48 + 48 + 8) * 3600 + 0.1, 6);
  });
  it('Comparative 1: the whole stack WIP at 80 °C, 500 MPa, 30 min; SE vacuum-dried at 80 °C 10 h', () => {
    const wip = COMPARATIVE_1_STEPS.find((step) => step.method === 'wip');
    expect(wip && row(wip)).toEqual(['press', 'wip', 80, 500, 1800]);
    expect(wip?.layers).toEqual(['anode_collector', 'first_anode_layer', 'solid_electrolyte', 'cathode_active_layer', 'inactive_member', 'cathode_collector']);
    expect(COMPARATIVE_1_STEPS.filter((step) => step.kind === 'dry').map((step) => [step.atmosphere, step.temperatureC, step.durationS])).toEqual([
      ['air', 80, 600],
      ['vacuum', 40, 36000],
      ['air', 80, 600],
      ['vacuum', 80, 36000],
      ['vacuum', 40, 28800],
    ]);
  });
  it('no set point the patent does not state: the cathode pressing of Comparative 1 has none', () => {
    const cathodePress = COMPARATIVE_1_STEPS.find((step) => step.kind === 'press' && step.method === null);
    expect(cathodePress && row(cathodePress)).toEqual(['press', null, null, null, null]);
    for (const step of [...EXAMPLE_1_STEPS, ...COMPARATIVE_1_STEPS]) expect(step.source).toMatch(/\[0\d{3}\]/);
  });
});
