import { describe, expect, it } from 'vitest';
import { ingredientKey } from './ingredient-key';

describe('ingredientKey', () => {
  it('makes a lower-case key that starts with a letter and is unique', () => {
    expect(ingredientKey('LiTFSI (dried)', new Set())).toBe('litfsi_dried');
    expect(ingredientKey('1,2-Dimethoxyethane', new Set())).toBe('i_1_2_dimethoxyethane');
    expect(ingredientKey('NMP', new Set(['nmp', 'nmp_2']))).toBe('nmp_3');
    expect(ingredientKey('µ', new Set())).toBe('ingredient');
  });
});
