import { describe, expect, it } from 'vitest';
import { hours, percent } from './format';

describe('cycling numbers as shown', () => {
  it('shows a fraction as a percentage to four significant digits, with or without its unit', () => {
    // 61.64 / 61.96 mAh: cycle 1 of the demo's Example 1.
    expect(percent(61.64 / 61.96)).toBe('99.48 %');
    expect(percent(0.1673, 4, '')).toBe('16.73');
    expect(percent(null)).toBe('—');
  });

  it('shows seconds as hours to three significant digits', () => {
    expect(hours(45_000)).toBe('12.5 h'); // the patent's 12.5 h charge limit
    expect(hours(5400, '')).toBe('1.5');
  });
});
