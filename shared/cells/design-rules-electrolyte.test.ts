import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { evaluateDesignRules } from './design-rules';
import { EXAMPLE_1_MATERIALS as M, example1Design, withMaterial } from './example1-fixture';
import type { BuildDesign } from './types';

const rule = (design: BuildDesign, id: string) => evaluateDesignRules(design, deriveBuild(design)).find((result) => result.id === id)!;

describe('argyrodite_density: 1.5–2.0 g/cm³ [0070]', () => {
  it('passes Example 1 on the material density of Li6PS5Cl (1.64)', () => {
    const result = rule(example1Design(), 'argyrodite_density');
    expect(result).toMatchObject({ status: 'pass', value: 1.64, unit: 'g/cm³' });
    expect(result.message).toContain('(material)');
  });

  it.each([
    [1.5, 'pass'],
    [1.49, 'warn'],
    [2.0, 'pass'],
    [2.01, 'warn'],
  ])('%s g/cm³ -> %s', (densityGCm3, status) => {
    expect(rule(withMaterial(example1Design(), M.argyrodite.id, { densityGCm3 }), 'argyrodite_density').status).toBe(status);
  });

  it("falls back to the SE layer's measured density: 72 mg / (10 cm² × 0.0045 cm) = 1.6 g/cm³", () => {
    const result = rule(withMaterial(example1Design(), M.argyrodite.id, { densityGCm3: null }), 'argyrodite_density');
    expect(result.status).toBe('pass');
    expect(result.value).toBeCloseTo(0.072 / 0.045, 10);
  });

  it('has not enough data with neither, naming the material density', () => {
    const design = withMaterial(example1Design(), M.argyrodite.id, { densityGCm3: null });
    design.layers = design.layers.map((layer) => (layer.kind === 'solid_electrolyte' ? { ...layer, massMg: null } : layer));
    expect(rule(design, 'argyrodite_density')).toMatchObject({ status: 'not_enough_data', missing: ['density of Li6PS5Cl'] });
  });

  it('does not apply when the main component is not an argyrodite', () => {
    const result = rule(withMaterial(example1Design(), M.argyrodite.id, { name: 'Li3PS4', formula: 'Li3PS4' }), 'argyrodite_density');
    expect(result.status).toBe('not_applicable');
    expect(result.message).toContain('not an argyrodite');
  });
});

describe("sulfide_youngs_modulus: ≤ 35 GPa [0071]", () => {
  it.each([
    [22, 'pass'],
    [35, 'pass'],
    [35.1, 'warn'],
  ])('%s GPa -> %s', (youngsModulusGPa, status) => {
    expect(rule(withMaterial(example1Design(), M.argyrodite.id, { youngsModulusGPa }), 'sulfide_youngs_modulus').status).toBe(status);
  });

  it('has not enough data without the modulus, and does not apply without a sulfide SE', () => {
    expect(rule(withMaterial(example1Design(), M.argyrodite.id, { youngsModulusGPa: null }), 'sulfide_youngs_modulus').missing).toEqual(["Young's modulus of Li6PS5Cl"]);
    expect(rule(withMaterial(example1Design(), M.argyrodite.id, { kind: 'other' }), 'sulfide_youngs_modulus').status).toBe('not_applicable');
  });
});

describe('li2s_p2s5_ratio: 50:50 to 90:10 by moles [0067]', () => {
  const glass = (name: string) => withMaterial(example1Design(), M.argyrodite.id, { name, formula: null });

  it('does not apply to an argyrodite (Example 1)', () => {
    expect(rule(example1Design(), 'li2s_p2s5_ratio').status).toBe('not_applicable');
  });

  it.each([
    ['70Li2S-30P2S5', 'pass'],
    ['50Li2S-50P2S5', 'pass'],
    ['49Li2S-51P2S5', 'warn'],
    ['90Li2S-10P2S5', 'pass'],
    ['91Li2S-9P2S5', 'warn'],
    ['0.75Li2S·0.25P2S5', 'pass'],
  ])('%s -> %s', (name, status) => {
    expect(rule(glass(name), 'li2s_p2s5_ratio').status).toBe(status);
  });

  it('has not enough data when the ratio is not stated', () => {
    expect(rule(glass('Li2S-P2S5 glass'), 'li2s_p2s5_ratio')).toMatchObject({ status: 'not_enough_data', missing: ['Li2S : P2S5 molar ratio of Li2S-P2S5 glass'] });
  });
});
