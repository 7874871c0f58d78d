import { describe, expect, it } from 'vitest';
import { replicateText } from './replicate-text';

describe('replicateText', () => {
  it('writes mean ± sample SD (two significant digits) with n', () => {
    // Lifespans 140, 152, 164: mean 152, sample SD 12.
    expect(replicateText({ mean: 152, sd: 12, n: 3 })).toBe('152 ± 12 (n = 3)');
    // Four significant digits of the mean, never more places than the SD has.
    expect(replicateText({ mean: 61.6634, sd: 0.0279, n: 2 })).toBe('61.66 ± 0.028 (n = 2)');
    expect(replicateText({ mean: 152.37, sd: 12.4, n: 3 }, 'cycles')).toBe('152 ± 12 cycles (n = 3)');
    expect(replicateText({ mean: 99.48, sd: 0.00006978, n: 2 })).toBe('99.48 ± 0.00007 (n = 2)');
  });

  it('writes one value without a spread and nothing as a dash', () => {
    expect(replicateText({ mean: 2.4567, sd: null, n: 1 }, 'mAh')).toBe('2.457 mAh (n = 1)');
    expect(replicateText({ mean: null, sd: null, n: 0 })).toBe('—');
  });
});
