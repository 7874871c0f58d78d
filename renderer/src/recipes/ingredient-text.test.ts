import { describe, expect, it } from 'vitest';
import { ingredientAmountText } from './ingredient-text';

describe('ingredientAmountText', () => {
  it('writes each way of giving an amount', () => {
    expect(ingredientAmountText({ kind: 'mass', g: 2.5 })).toBe('2.5 g');
    expect(ingredientAmountText({ kind: 'volume', mL: 74 })).toBe('74 mL');
    expect(ingredientAmountText({ kind: 'moles', mol: 0.2239 })).toBe('0.2239 mol');
    expect(ingredientAmountText({ kind: 'molarity', molPerL: 26.5, volumeMl: 74 })).toBe('74 mL of 26.5 mol/L');
    expect(ingredientAmountText({ kind: 'mol_pct', pct: 20, of: 'the electrolyte' })).toBe('20 mol% of the electrolyte');
    expect(ingredientAmountText({ kind: 'wt_pct', pct: 7, of: 'PVDF solution' })).toBe('7 wt% of PVDF solution');
  });
});
