import { describe, expect, it } from 'vitest';
import { describeFieldIssues, fieldPathWords } from './api-error';

describe('field issues for people', () => {
  it('names fields in words, never by their key', () => {
    expect(fieldPathWords('actualAmount')).toBe('Actual amount');
    expect(fieldPathWords('layers.2.side')).toBe('Layer 3, side');
    expect(fieldPathWords('glovebox_o2_ppm')).toBe('Glovebox o2 ppm');
    expect(fieldPathWords('')).toBe('');
    // The unit a key ends with is left to the message, which states it.
    expect(fieldPathWords('electrolyteG')).toBe('Electrolyte');
    expect(fieldPathWords('layers.0.thicknessCoatedUm')).toBe('Layer 1, thickness coated');
    expect(fieldPathWords('saltMolPct')).toBe('Salt');
    expect(fieldPathWords('id')).toBe('Id');
  });

  it('joins several issues into one line, a whole-input issue as it is', () => {
    expect(describeFieldIssues([{ field: 'actualAmount', message: 'must be above 0' }, { field: '', message: 'a name is needed' }])).toBe('Actual amount: must be above 0; a name is needed');
  });
});
