import { describe, expect, it } from 'vitest';
import { stepDeviations } from './deviation';
import { overlapsNight, planTimeline } from './timeline';

const utc = { startHour: 9, endHour: 18, utcOffsetMinutes: 0 };

describe('timeline', () => {
  it('adds the durations back to back and gives the earliest finish', () => {
    const start = new Date('2026-03-02T09:00:00Z');
    const timeline = planTimeline(
      [
        { stepId: 1, position: 0, label: 'press', durationS: 600 },
        { stepId: 2, position: 1, label: 'dry', durationS: 10 * 3600 },
        { stepId: 3, position: 2, label: 'seal', durationS: null },
      ],
      start,
      utc,
    );
    expect(timeline.totalDurationS).toBe(600 + 36000);
    expect(timeline.earliestFinishAt).toBe('2026-03-02T19:10:00.000Z');
    expect(timeline.entries[1]?.startAt).toBe('2026-03-02T09:10:00.000Z');
    expect(timeline.entries.map((entry) => entry.overnight)).toEqual([false, true, false]);
    expect(timeline.longerThanWorkingDay).toBe(true);
    expect(timeline.messages).toEqual(['Step 3 (seal) has no duration; the timeline counts it as none.']);
  });
  it('a step that ends exactly at the end of the working day is not overnight; one minute later is', () => {
    expect(overlapsNight(Date.parse('2026-03-02T09:00:00Z'), Date.parse('2026-03-02T18:00:00Z'), utc)).toBe(false);
    expect(overlapsNight(Date.parse('2026-03-02T09:00:00Z'), Date.parse('2026-03-02T18:01:00Z'), utc)).toBe(true);
    expect(overlapsNight(Date.parse('2026-03-03T07:00:00Z'), Date.parse('2026-03-03T08:00:00Z'), utc)).toBe(true);
  });
  it('judges the night in local time', () => {
    // 17:30 UTC is 18:30 at UTC+1: already night there.
    expect(overlapsNight(Date.parse('2026-03-02T17:30:00Z'), Date.parse('2026-03-02T17:45:00Z'), { ...utc, utcOffsetMinutes: 60 })).toBe(true);
    expect(overlapsNight(Date.parse('2026-03-02T17:30:00Z'), Date.parse('2026-03-02T17:45:00Z'), utc)).toBe(false);
  });
  it('a plan within the working day is not longer than it', () => {
    expect(planTimeline([{ stepId: 1, position: 0, label: 'press', durationS: 3600 }], new Date('2026-03-02T10:00:00Z'), utc).longerThanWorkingDay).toBe(false);
  });
});

describe('deviation of actuals from the plan', () => {
  const actual = { pressureMPa: null, forceKN: null, forceTf: null, temperatureC: null, durationS: null, operator: null, notes: null };
  it('5 % of 500 MPa is within the 5 % tolerance, 526 MPa is beyond', () => {
    expect(stepDeviations({ pressureMPa: 500, temperatureC: null, durationS: null }, { ...actual, pressureMPa: 525 }, null, 5)[0]?.beyondTolerance).toBe(false);
    const beyond = stepDeviations({ pressureMPa: 500, temperatureC: null, durationS: null }, { ...actual, pressureMPa: 526 }, null, 5)[0];
    expect(beyond?.beyondTolerance).toBe(true);
    expect(beyond?.percent).toBeCloseTo(5.2, 10);
  });
  it('a force read on the gauge is turned into a pressure over the pressed area', () => {
    // 20 tf on 4 cm²: 196.133 kN / 0.4 = 490.33 MPa, -1.93 % from 500 MPa
    const [deviation] = stepDeviations({ pressureMPa: 500, temperatureC: null, durationS: null }, { ...actual, forceTf: 20 }, 4, 5);
    expect(deviation?.actual).toBeCloseTo((20 * 9.80665) / 0.4, 10);
    expect(deviation?.beyondTolerance).toBe(false);
  });
  it('temperature and time too; nothing planned means nothing to compare', () => {
    const deviations = stepDeviations({ pressureMPa: null, temperatureC: 90, durationS: 600 }, { ...actual, temperatureC: 80, durationS: 600, pressureMPa: 400 }, null, 5);
    expect(deviations.map((entry) => [entry.field, entry.beyondTolerance])).toEqual([
      ['temperatureC', true],
      ['durationS', false],
    ]);
  });
});
