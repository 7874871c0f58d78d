import { describe, expect, it } from 'vitest';
import { hasIsolatedPoint } from './marker-density';

describe('hasIsolatedPoint', () => {
  it('finds a value between two gaps, or at an end beside a gap', () => {
    expect(hasIsolatedPoint([1, null, 3, null, 5])).toBe(true);
    expect(hasIsolatedPoint([1, null, null, 4, 5])).toBe(true); // the first value stands alone
    expect(hasIsolatedPoint([7])).toBe(true);
  });

  it('a gap between runs of two or more needs no markers: the line draws both sides', () => {
    expect(hasIsolatedPoint([1, 2, null, 4, 5])).toBe(false);
    expect(hasIsolatedPoint([1, 2, 3])).toBe(false);
    expect(hasIsolatedPoint([null, null])).toBe(false);
  });
});
