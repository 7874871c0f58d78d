import { describe, expect, it } from 'vitest';
import { setPointsText } from './step-text';

describe('setPointsText', () => {
  it('writes set points as a researcher reads them', () => {
    expect(setPointsText({ oven: 'vacuum', temperatureC: 80, durationMin: 48 * 60 })).toBe('vacuum oven, 80 °C, 48 h');
    expect(setPointsText({ durationMin: 10, speedRpm: 2000 })).toBe('10 min, 2000 rpm');
    expect(setPointsText({ durationMin: 90 })).toBe('1.5 h');
    expect(setPointsText({})).toBe('—');
  });
});
