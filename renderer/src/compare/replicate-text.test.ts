import { describe, expect, it } from 'vitest';
import { replicateText } from './replicate-text';

describe('replicateText', () => {
  it('writes mean ± sample SD with n, one value without a spread, nothing as a dash', () => {
    // Lifespans 140, 152, 164: mean 152, sample SD 12.
    expect(replicateText({ mean: 152, sd: 12, n: 3 })).toBe('152 ± 12 (n = 3)');
    expect(replicateText({ mean: 2.4567, sd: null, n: 1 }, 'mAh')).toBe('2.457 mAh (n = 1)');
    expect(replicateText({ mean: null, sd: null, n: 0 })).toBe('—');
  });
});
