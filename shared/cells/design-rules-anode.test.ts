import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { evaluateDesignRules } from './design-rules';
import { EXAMPLE_1_MATERIALS as M, example1Design, withAmounts, withLayers, withMaterial } from './example1-fixture';
import type { BuildDesign, ComponentMaterial } from './types';

const rule = (design: BuildDesign, id: string) => evaluateDesignRules(design, deriveBuild(design)).find((result) => result.id === id)!;
const anodeThickness = (design: BuildDesign, um: number | null) => withLayers(design, 'first_anode_layer', (layer) => ({ ...layer, thicknessPressedUm: um }));
const cathodeThickness = (design: BuildDesign, um: number) => withLayers(design, 'cathode_active_layer', (layer) => ({ ...layer, thicknessPressedUm: um }));
const anodeOf = (...parts: Array<[ComponentMaterial, number]>) =>
  withLayers(example1Design(), 'first_anode_layer', (layer) => ({ ...layer, components: parts.map(([material, amount]) => ({ material, lotId: null, lotNumber: null, amount, composite: null })) }));

describe('first_anode_thickness_ratio: ≤ 50 % of the cathode active layer [0083]', () => {
  it('passes Example 1: 7 / 100 = 7 %', () => {
    expect(rule(example1Design(), 'first_anode_thickness_ratio')).toMatchObject({ status: 'pass', unit: '%', range: '≤ 50 %' });
  });

  it.each([
    [14, 'pass'], // 7 / 14 = 50 %, inclusive
    [13.9, 'warn'], // 50.4 %
  ])('cathode %s µm -> %s', (um, status) => {
    expect(rule(cathodeThickness(example1Design(), um), 'first_anode_thickness_ratio').status).toBe(status);
  });

  it('names the missing thickness', () => {
    const design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, thicknessPressedUm: null, thicknessCoatedUm: null }));
    expect(rule(design, 'first_anode_thickness_ratio').missing).toEqual(['thickness of the cathode active layer']);
    expect(rule(anodeThickness(example1Design(), null), 'first_anode_thickness_ratio').missing).toEqual(['thickness of the first anode layer']);
  });
});

describe('first_anode_thickness: 1–20 µm [0083]', () => {
  it.each([
    [1, 'pass'],
    [0.9, 'warn'],
    [20, 'pass'],
    [20.1, 'warn'],
  ])('%s µm -> %s', (um, status) => {
    expect(rule(anodeThickness(example1Design(), um), 'first_anode_thickness').status).toBe(status);
  });

  it('uses the coated thickness when no pressed one is entered', () => {
    const design = withLayers(example1Design(), 'first_anode_layer', (layer) => ({ ...layer, thicknessPressedUm: null, thicknessCoatedUm: 12 }));
    expect(rule(design, 'first_anode_thickness')).toMatchObject({ status: 'pass', value: 12 });
  });
});

describe('first_anode_capacity_ratio: 0.1–50 % of the cathode [0084]-[0085]', () => {
  // Per face the anode holds 1.842949 mAh (derived.test.ts); NCM's mAh/g is set so that the
  // cathode's 192.375 mg gives the wanted ratio.
  const anodeMAh = (10 * (187.5 / 390) * 300 + 10 * (62.5 / 390) * 250) / 1000;
  const atRatio = (pct: number) => withMaterial(example1Design(), M.ncm.id, { specificCapacityMAhG: anodeMAh / (pct / 100) / 0.192375 });

  it('passes Example 1 at 1.843 / 38.475 = 4.79 %', () => {
    const result = rule(example1Design(), 'first_anode_capacity_ratio');
    expect(result.status).toBe('pass');
    expect(result.value).toBeCloseTo((100 * anodeMAh) / 38.475, 10);
  });

  it.each([
    [0.1, 'pass'],
    [0.099, 'warn'],
    [50, 'pass'],
    [50.1, 'warn'],
  ])('%s % -> %s', (pct, status) => {
    expect(rule(atRatio(pct), 'first_anode_capacity_ratio').status).toBe(status);
  });

  it('names the missing specific capacity or mass', () => {
    expect(rule(withMaterial(example1Design(), M.silver.id, { specificCapacityMAhG: null }), 'first_anode_capacity_ratio').missing).toEqual(['specific capacity of Ag nanopowder']);
    const noMass = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, massMg: null }));
    expect(rule(noMass, 'first_anode_capacity_ratio').missing).toEqual(['mass of the cathode active layer']);
    expect(rule(withMaterial(example1Design(), M.ncm.id, { specificCapacityMAhG: null }), 'first_anode_capacity_ratio').missing).toEqual(['specific capacity of NCM (LiNi0.8Co0.15Mn0.05O2)']);
  });
});

describe('anode_particle_size: D50 ≤ 4 µm [0074], claim 17', () => {
  it('passes Example 1 on its largest D50 (Ag, 0.06 µm)', () => {
    expect(rule(example1Design(), 'anode_particle_size')).toMatchObject({ status: 'pass', value: 0.06 });
  });

  it.each([
    [4, 'pass'],
    [4.1, 'warn'],
  ])('Ag D50 %s µm -> %s', (d50Um, status) => {
    expect(rule(withMaterial(example1Design(), M.silver.id, { d50Um }), 'anode_particle_size').status).toBe(status);
  });

  it('has not enough data for a component without a D50, unless another already fails', () => {
    const noCb = withMaterial(example1Design(), M.carbonBlack.id, { d50Um: null });
    expect(rule(noCb, 'anode_particle_size').missing).toEqual(['D50 of Carbon black (CB)']);
    expect(rule(withMaterial(noCb, M.silver.id, { d50Um: 5 }), 'anode_particle_size').status).toBe('warn');
  });
});

describe('first_anode_active_materials [0076]-[0078]', () => {
  it('passes CB + Ag with PVDF', () => {
    expect(rule(example1Design(), 'first_anode_active_materials').status).toBe('pass');
  });

  it('warns on a component that is neither carbon nor a [0077] metal, naming it', () => {
    const copper: ComponentMaterial = { ...M.silver, id: 90, name: 'Cu powder', formula: 'Cu' };
    const result = rule(anodeOf([M.carbonBlack, 3], [copper, 1], [M.pvdf, 1]), 'first_anode_active_materials');
    expect(result.status).toBe('warn');
    expect(result.message).toContain('Cu powder is neither amorphous carbon nor a metal of [0077]');
  });

  it('warns when only a binder is left', () => {
    expect(rule(anodeOf([M.pvdf, 1]), 'first_anode_active_materials').message).toContain('the first anode layer has no anode active material');
  });

  it('has not enough data without components', () => {
    expect(rule(anodeOf(), 'first_anode_active_materials').missing).toEqual(['components of the first anode layer']);
  });
});

describe('carbon_to_metal_ratio: 10:1 to 1:2 by weight [0078]', () => {
  it('passes Example 1 at 3 : 1 and says that the gold range applied to Ag is an extrapolation', () => {
    const result = rule(example1Design(), 'carbon_to_metal_ratio');
    expect(result).toMatchObject({ status: 'pass', value: 3 });
    expect(result.message).toContain('carbon : Ag = 3 : 1');
    expect(result.message).toContain('applying it to Ag is an extrapolation');
  });

  it.each([
    [100, 10, 'pass'], // 10 : 1
    [101, 10, 'warn'], // 10.1 : 1
    [10, 20, 'pass'], // 1 : 2
    [10, 21, 'warn'], // 1 : 2.1
  ])('CB %s mg : Ag %s mg -> %s', (cb, ag, status) => {
    expect(rule(withAmounts(example1Design(), 'first_anode_layer', [cb, ag, 140]), 'carbon_to_metal_ratio').status).toBe(status);
  });

  it('does not call gold an extrapolation', () => {
    const gold: ComponentMaterial = { ...M.silver, id: 91, name: 'Au nanopowder', formula: 'Au' };
    const result = rule(anodeOf([M.carbonBlack, 3], [gold, 1], [M.pvdf, 1]), 'carbon_to_metal_ratio');
    expect(result.status).toBe('pass');
    expect(result.message).not.toContain('extrapolation');
  });

  it('does not apply to carbon alone', () => {
    expect(rule(anodeOf([M.carbonBlack, 3], [M.pvdf, 1]), 'carbon_to_metal_ratio')).toMatchObject({ status: 'not_applicable' });
  });
});

describe('metal_in_anode_mixture: 8–60 wt% [0079]', () => {
  it('passes Example 1 at 25 wt% of CB + Ag, the PVDF excluded', () => {
    expect(rule(example1Design(), 'metal_in_anode_mixture')).toMatchObject({ status: 'pass', value: 25 });
  });

  it.each([
    [92, 8, 'pass'],
    [92.1, 7.9, 'warn'],
    [40, 60, 'pass'],
    [39.9, 60.1, 'warn'],
  ])('CB %s : Ag %s -> %s', (cb, ag, status) => {
    expect(rule(withAmounts(example1Design(), 'first_anode_layer', [cb, ag, 140]), 'metal_in_anode_mixture').status).toBe(status);
  });

  it('does not apply to a metal alone, and has not enough data for a broken recipe', () => {
    expect(rule(anodeOf([M.silver, 1], [M.pvdf, 1]), 'metal_in_anode_mixture').status).toBe('not_applicable');
    expect(rule(withAmounts(example1Design(), 'first_anode_layer', [187.5, 0, 140]), 'metal_in_anode_mixture').missing).toEqual(['composition of the first anode layer']);
  });
});
