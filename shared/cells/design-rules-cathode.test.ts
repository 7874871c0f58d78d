import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { evaluateDesignRules } from './design-rules';
import { EXAMPLE_1_MATERIALS as M, example1Design, withAmounts, withLayers, withMaterial } from './example1-fixture';
import type { BuildDesign, CompositeFacts } from './types';

const rule = (design: BuildDesign, id: string) => evaluateDesignRules(design, deriveBuild(design)).find((result) => result.id === id)!;

/** Example 1's cathode with the composite at `pct` wt% and NCM making up the rest. */
const compositeAt = (pct: number) => withAmounts(example1Design(), 'cathode_active_layer', [95.5 - pct, pct, 1.5, 1.5, 1.5]);

/** Example 1 with the composite lot's facts replaced. */
const withFacts = (facts: CompositeFacts | null, lotNumber: string | null = null) =>
  withLayers(example1Design(), 'cathode_active_layer', (layer) => ({
    ...layer,
    components: layer.components.map((part) => (part.material.id === M.composite.id ? { ...part, composite: facts, lotNumber } : part)),
  }));

const facts = (fields: Partial<CompositeFacts>): CompositeFacts => ({ saltMolPct: 20, compositionWtPct: null, saltToOxideMassRatio: null, source: 'test', ...fields });

describe('composite_se_in_cathode: 1–30 wt% [0039], claim 10', () => {
  it('passes Example 1 at 10 wt%', () => {
    const result = rule(example1Design(), 'composite_se_in_cathode');
    expect(result).toMatchObject({ status: 'pass', unit: 'wt%', range: '1–30 wt%', paragraph: '[0039], claim 10' });
    expect(result.value).toBeCloseTo(10, 10);
  });

  it.each([
    [1, 'pass'],
    [0.99, 'warn'],
    [30, 'pass'],
    [30.01, 'warn'],
  ])('%s wt% -> %s (both ends inclusive)', (pct, status) => {
    expect(rule(compositeAt(pct), 'composite_se_in_cathode').status).toBe(status);
  });

  it('mentions the preferred 10–20 wt% when inside the range but outside the preference (Example 3, 5 wt%)', () => {
    expect(rule(compositeAt(5), 'composite_se_in_cathode').message).toContain('(10–20 preferred)');
  });

  it('warns at 0 wt% (Comparative 1: sulfide SE in the cathode instead)', () => {
    const design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({
      ...layer,
      components: [{ ...layer.components[0]!, amount: 80.5 }, { material: M.argyrodite, lotId: null, lotNumber: null, amount: 15, composite: null }, ...layer.components.slice(2)],
    }));
    const result = rule(design, 'composite_se_in_cathode');
    expect(result).toMatchObject({ status: 'warn', value: 0 });
    expect(result.message).toContain('no porous oxide composite SE');
  });

  it('has not enough data when the cathode recipe does not add up', () => {
    const result = rule(withAmounts(example1Design(), 'cathode_active_layer', [80, 10, 1.5, 1.5, 1.5]), 'composite_se_in_cathode');
    expect(result.status).toBe('not_enough_data');
    expect(result.missing).toEqual(['composition of the cathode active layer']);
    expect(result.message).toContain('wt% sum to 94.5, not 100 (±0.5)');
  });
});

describe('composite_composition [0038]', () => {
  it("warns on Example 1 as written, naming the salt : oxide ratio 2.63", () => {
    const result = rule(example1Design(), 'composite_composition');
    expect(result.status).toBe('warn');
    expect(result.value).toBeCloseTo(2.63, 2);
    expect(result.message).toContain('salt : oxide = 2.63 by mass, outside 0.29–0.80');
  });

  it.each([
    [{ oxide: 70, salt: 20, medium: 10 }, 'pass'], // salt : oxide = 20/70, the low end
    [{ oxide: 50, salt: 40, medium: 10 }, 'pass'], // 40/50 = 0.80, the high end
    [{ oxide: 60, salt: 30, medium: 10 }, 'pass'],
  ])('%o -> %s', (compositionWtPct, status) => {
    expect(rule(withFacts(facts({ compositionWtPct })), 'composite_composition').status).toBe(status);
  });

  it('warns just outside the salt : oxide range, naming the ratio', () => {
    expect(rule(withFacts(facts({ saltToOxideMassRatio: 0.81, compositionWtPct: { oxide: 55, salt: 40, medium: 5 } })), 'composite_composition').message).toContain('salt : oxide = 0.81');
    expect(rule(withFacts(facts({ saltToOxideMassRatio: 0.28, compositionWtPct: { oxide: 70, salt: 20, medium: 10 } })), 'composite_composition').status).toBe('warn');
  });

  it('warns on a part outside its range even when the ratio is inside', () => {
    const result = rule(withFacts(facts({ compositionWtPct: { oxide: 55, salt: 30, medium: 15 } })), 'composite_composition');
    expect(result.status).toBe('warn');
    expect(result.message).toContain('medium 15 wt% outside 5–10');
  });

  it('has not enough data when the lot has no facts, naming the lot', () => {
    const result = rule(withFacts(null, 'C-7'), 'composite_composition');
    expect(result.status).toBe('not_enough_data');
    expect(result.missing).toEqual(['composition of SiO2/LiTFSI/n-MAc composite lot C-7']);
  });

  it('has not enough data when only a ratio inside the range is known', () => {
    const result = rule(withFacts(facts({ saltToOxideMassRatio: 0.5 })), 'composite_composition');
    expect(result).toMatchObject({ status: 'not_enough_data', value: 0.5 });
    expect(result.missing).toEqual(['oxide, salt and medium wt% of SiO2/LiTFSI/n-MAc composite']);
  });

  it('does not apply when the cathode has no composite', () => {
    const design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, components: layer.components.filter((part) => part.material.id !== M.composite.id) }));
    expect(rule(design, 'composite_composition')).toMatchObject({ status: 'not_applicable', message: 'the cathode active layer has no porous oxide composite SE' });
  });
});

describe('composite_salt_mol_pct: 1–30 mol% [0037]', () => {
  it('passes Example 1 at 20 mol%', () => {
    expect(rule(example1Design(), 'composite_salt_mol_pct')).toMatchObject({ status: 'pass', value: 20 });
  });

  it.each([
    [1, 'pass'],
    [0.9, 'warn'],
    [30, 'pass'],
    [30.1, 'warn'],
  ])('%s mol% -> %s', (saltMolPct, status) => {
    expect(rule(withFacts(facts({ saltMolPct })), 'composite_salt_mol_pct').status).toBe(status);
  });

  it('has not enough data without the salt content, and does not apply without a composite', () => {
    expect(rule(withFacts(facts({ saltMolPct: null }), 'C-7'), 'composite_salt_mol_pct').missing).toEqual(['salt mol% of SiO2/LiTFSI/n-MAc composite lot C-7']);
    const noCathode = example1Design();
    noCathode.layers = noCathode.layers.filter((layer) => layer.kind !== 'cathode_active_layer');
    expect(rule(noCathode, 'composite_salt_mol_pct')).toMatchObject({ status: 'not_applicable', message: 'no cathode active layer' });
  });
});

describe('inactive_member_density: 10–200 % of the cathode active material [0050]', () => {
  it('passes Example 1: PP 0.90 / NCM 4.75 = 18.9 %', () => {
    const result = rule(example1Design(), 'inactive_member_density');
    expect(result.status).toBe('pass');
    expect(result.value).toBeCloseTo((100 * 0.9) / 4.75, 10);
  });

  it.each([
    [0.475, 'pass'], // 10 %
    [0.47, 'warn'], // 9.89 %
    [9.5, 'pass'], // 200 %
    [9.51, 'warn'], // 200.2 %
  ])('PP at %s g/cm³ -> %s', (densityGCm3, status) => {
    expect(rule(withMaterial(example1Design(), M.ppGasket.id, { densityGCm3 }), 'inactive_member_density').status).toBe(status);
  });

  it('has not enough data without the gasket density, naming it', () => {
    const result = rule(withMaterial(example1Design(), M.ppGasket.id, { densityGCm3: null }), 'inactive_member_density');
    expect(result.status).toBe('not_enough_data');
    expect(result.missing).toEqual(['density of PP gasket film']);
  });

  it("measures the gasket from its layer when the material has no density: 9 mg / (1 cm² × 0.01 cm) = 0.9 g/cm³", () => {
    let design = withMaterial(example1Design(), M.ppGasket.id, { densityGCm3: null });
    design = withLayers(design, 'inactive_member', (layer) => ({ ...layer, massMg: 9 }));
    const result = rule(design, 'inactive_member_density');
    expect(result.status).toBe('pass');
    expect(result.value).toBeCloseTo((100 * 0.9) / 4.75, 10);
    expect(result.message).toContain('(measured)');
  });

  it('has not enough data without the cathode active material density', () => {
    expect(rule(withMaterial(example1Design(), M.ncm.id, { densityGCm3: null }), 'inactive_member_density').missing).toEqual(['density of NCM (LiNi0.8Co0.15Mn0.05O2)']);
  });

  it('does not apply without an inactive member', () => {
    const design = example1Design();
    design.layers = design.layers.filter((layer) => layer.kind !== 'inactive_member');
    expect(rule(design, 'inactive_member_density').status).toBe('not_applicable');
  });
});
