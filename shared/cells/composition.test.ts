import { describe, expect, it } from 'vitest';
import { compositionProblem, weightFractions } from './composition';
import { EXAMPLE_1_MATERIALS as M } from './example1-fixture';
import type { BuildLayer, ComponentMaterial, CompositionBasis } from './types';

function recipe(basis: CompositionBasis, ...amounts: Array<[ComponentMaterial, number]>): Pick<BuildLayer, 'compositionBasis' | 'components'> {
  return { compositionBasis: basis, components: amounts.map(([material, amount]) => ({ material, lotId: null, lotNumber: null, amount, composite: null })) };
}

describe('weightFractions', () => {
  it('reads wt% as fractions: Example 1 cathode 85.5 : 10 : 1.5 : 1.5 : 1.5 [0098]', () => {
    const layer = recipe('wt_pct', [M.ncm, 85.5], [M.composite, 10], [M.carbonBlack, 1.5], [M.carbonNanofiber, 1.5], [M.ptfe, 1.5]);
    const fractions = weightFractions(layer)!;
    [0.855, 0.1, 0.015, 0.015, 0.015].forEach((expected, index) => expect(fractions[index]).toBeCloseTo(expected, 12));
  });

  it('divides a wt% recipe within ±0.5 of 100 by its own sum: 60 + 39.6 = 99.6 -> 0.6024, 0.3976', () => {
    const fractions = weightFractions(recipe('wt_pct', [M.ncm, 60], [M.ptfe, 39.6]))!;
    expect(fractions[0]).toBeCloseTo(60 / 99.6, 12);
    expect(fractions[1]).toBeCloseTo(39.6 / 99.6, 12);
  });

  it('reads parts by weight of any total: SE 98.5 : 1.5 [0095]', () => {
    expect(weightFractions(recipe('parts', [M.argyrodite, 98.5], [M.acrylicBinder, 1.5]))).toEqual([0.985, 0.015]);
  });

  it('reads weighed mg: 187.5 mg CB + 62.5 mg Ag + 140 mg PVDF = 390 mg [0094]', () => {
    const fractions = weightFractions(recipe('mass_mg', [M.carbonBlack, 187.5], [M.silver, 62.5], [M.pvdf, 140]))!;
    expect(fractions[0]).toBeCloseTo(187.5 / 390, 12);
    expect(fractions[1]).toBeCloseTo(62.5 / 390, 12);
    // PVDF 140 / 390 = 35.9 wt% of the solids, as DOMAIN.md section 1 says.
    expect(100 * fractions[2]!).toBeCloseTo(35.9, 1);
  });

  it('is null when the recipe has a problem, and empty for a layer without components', () => {
    expect(weightFractions(recipe('wt_pct', [M.ncm, 88], [M.ptfe, 10]))).toBeNull();
    expect(weightFractions(recipe('parts'))).toEqual([]);
  });
});

describe('compositionProblem', () => {
  it('accepts wt% that sum to 100 ± 0.5, ends included', () => {
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 90], [M.ptfe, 10]))).toBeNull();
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 90], [M.ptfe, 9.5]))).toBeNull();
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 90], [M.ptfe, 10.5]))).toBeNull();
  });

  it('names the sum when wt% stray further', () => {
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 88], [M.ptfe, 10]))).toBe('wt% sum to 98.0, not 100 (±0.5)');
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 90], [M.ptfe, 10.6]))).toBe('wt% sum to 100.6, not 100 (±0.5)');
    // Two decimals where one would round into the tolerance.
    expect(compositionProblem(recipe('wt_pct', [M.ncm, 90], [M.ptfe, 9.45]))).toBe('wt% sum to 99.45, not 100 (±0.5)');
  });

  it('accepts parts and mg of any positive sum', () => {
    expect(compositionProblem(recipe('parts', [M.argyrodite, 98.5], [M.acrylicBinder, 1.5]))).toBeNull();
    expect(compositionProblem(recipe('mass_mg', [M.carbonBlack, 3], [M.silver, 1]))).toBeNull();
  });

  it('refuses an amount of 0 or below in any basis', () => {
    expect(compositionProblem(recipe('parts', [M.argyrodite, 98.5], [M.acrylicBinder, 0]))).toBe('a component amount must be above 0');
    expect(compositionProblem(recipe('mass_mg', [M.carbonBlack, -1]))).toBe('a component amount must be above 0');
  });
});
