import { describe, expect, it } from 'vitest';
import { capitalized, keyWords } from './text-case';

describe('text case', () => {
  it('gives a first capital and leaves the rest', () => {
    expect(capitalized('disk full: free 2 MB')).toBe('Disk full: free 2 MB');
    expect(capitalized('')).toBe('');
  });
  it('reads camelCase and snake_case keys as words', () => {
    expect(keyWords('chargeLimitH')).toBe('Charge limit h');
    expect(keyWords('lot_number')).toBe('Lot number');
    expect(keyWords('cycleNote')).toBe('Cycle note');
    expect(keyWords('layer2Side')).toBe('Layer2 side');
  });
});
