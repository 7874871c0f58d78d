import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { evaluateDesignRules } from './design-rules';
import { example1Design, withLayers } from './example1-fixture';
import type { BuildDesign, BuildLayer, LayerKind } from './types';

const rule = (design: BuildDesign, id: string) => evaluateDesignRules(design, deriveBuild(design)).find((result) => result.id === id)!;
const areaOf = (kind: LayerKind, areaCm2: number) => withLayers(example1Design(), kind, (layer) => ({ ...layer, shape: { kind: 'area', areaCm2 } }));
const withExtra = (kind: LayerKind, thicknessUm: number | null) => {
  const design = example1Design();
  const extra = (side: BuildLayer['side']): BuildLayer => ({ kind, side, shape: null, thicknessCoatedUm: thicknessUm, thicknessPressedUm: null, massMg: null, compositionBasis: 'wt_pct', components: [] });
  design.layers = [...design.layers.filter((layer) => layer.kind !== kind), ...(kind === 'carbon_layer' ? [extra('shared')] : [extra('a'), extra('b')])];
  return design;
};

describe('s1_over_s2: 50 % ≤ S1/S2 < 100 % [0044]', () => {
  it('passes Example 1 at 9 / 10 = 90 %', () => {
    expect(rule(example1Design(), 's1_over_s2')).toMatchObject({ status: 'pass', value: 90, unit: '%', range: '50 % ≤ S1/S2 < 100 %' });
  });

  it.each([
    [5, 'pass'], // 50 %, inclusive
    [4.99, 'warn'],
    [9.99, 'pass'],
    [10, 'warn'], // 100 % is excluded: "less than about 100%"
  ])('cathode %s cm² on a 10 cm² SE -> %s', (areaCm2, status) => {
    expect(rule(areaOf('cathode_active_layer', areaCm2), 's1_over_s2').status).toBe(status);
  });

  it('says why an equal area warns', () => {
    expect(rule(areaOf('cathode_active_layer', 10), 's1_over_s2').message).toContain('short circuit');
  });

  it('names the missing area', () => {
    const design = withLayers(example1Design(), 'solid_electrolyte', (layer) => ({ ...layer, shape: null }));
    expect(rule(design, 's1_over_s2')).toMatchObject({ status: 'not_enough_data', missing: ['area of the solid electrolyte layer'] });
  });
});

describe('s1_over_s4: 50 % ≤ S1/S4 < 100 % [0046]', () => {
  it.each([
    [18, 'pass'], // 9 / 18 = 50 %
    [18.1, 'warn'], // 49.7 %
    [9.01, 'pass'], // 99.9 %
    [9, 'warn'], // 100 %, excluded
  ])('anode collector %s cm² under a 9 cm² cathode -> %s', (areaCm2, status) => {
    expect(rule(areaOf('anode_collector', areaCm2), 's1_over_s4').status).toBe(status);
  });
});

describe('s4_over_s5 and s5_over_s2: 100 ± 5 % [0047]', () => {
  it.each([
    [9.5, 'pass'],
    [9.49, 'warn'],
    [10.5, 'pass'],
    [10.51, 'warn'],
  ])('anode collector %s cm² vs a 10 cm² cathode collector -> %s', (areaCm2, status) => {
    expect(rule(areaOf('anode_collector', areaCm2), 's4_over_s5').status).toBe(status);
  });

  it.each([
    [9.5, 'pass'],
    [9.49, 'warn'],
    [10.5, 'pass'],
    [10.51, 'warn'],
  ])('cathode collector %s cm² vs a 10 cm² SE -> %s', (areaCm2, status) => {
    expect(rule(areaOf('cathode_collector', areaCm2), 's5_over_s2').status).toBe(status);
  });

  it('names the missing collector area', () => {
    const design = withLayers(example1Design(), 'cathode_collector', (layer) => ({ ...layer, shape: null }));
    expect(rule(design, 's4_over_s5').missing).toEqual(['area of the cathode current collector']);
  });
});

describe('thin_film_thickness: 1–800 nm [0091]', () => {
  it('does not apply without a thin film', () => {
    expect(rule(example1Design(), 'thin_film_thickness')).toMatchObject({ status: 'not_applicable', message: 'no thin film on the anode collector' });
  });

  it.each([
    [0.001, 'pass'], // 1 nm
    [0.0009, 'warn'],
    [0.8, 'pass'], // 800 nm
    [0.801, 'warn'],
  ])('%s µm -> %s', (um, status) => {
    expect(rule(withExtra('thin_film', um), 'thin_film_thickness').status).toBe(status);
  });

  it('reports in nm, and names a missing thickness', () => {
    expect(rule(withExtra('thin_film', 0.1), 'thin_film_thickness')).toMatchObject({ value: 100, unit: 'nm' });
    expect(rule(withExtra('thin_film', null), 'thin_film_thickness').missing).toEqual(['thickness of the thin film']);
  });
});

describe('lithium_foil_thickness: 1–1000 µm [0087]', () => {
  it('does not apply when Li is plated in situ (no foil layer)', () => {
    const result = rule(example1Design(), 'lithium_foil_thickness');
    expect(result.status).toBe('not_applicable');
    expect(result.message).toContain('plated in situ');
  });

  it.each([
    [1, 'pass'],
    [0.9, 'warn'],
    [1000, 'pass'],
    [1001, 'warn'],
  ])('%s µm -> %s', (um, status) => {
    expect(rule(withExtra('lithium_foil', um), 'lithium_foil_thickness').status).toBe(status);
  });
});

describe('carbon_layer_thickness: 1–5 µm [0065]', () => {
  it('has not enough data for Example 1, whose carbon coat has no stated thickness', () => {
    expect(rule(example1Design(), 'carbon_layer_thickness')).toMatchObject({ status: 'not_enough_data', missing: ['thickness of the carbon layer'] });
  });

  it.each([
    [1, 'pass'],
    [0.9, 'warn'],
    [5, 'pass'],
    [5.1, 'warn'],
  ])('%s µm -> %s', (um, status) => {
    expect(rule(withExtra('carbon_layer', um), 'carbon_layer_thickness').status).toBe(status);
  });

  it('does not apply without a carbon layer', () => {
    const design = example1Design();
    design.layers = design.layers.filter((layer) => layer.kind !== 'carbon_layer');
    expect(rule(design, 'carbon_layer_thickness').status).toBe('not_applicable');
  });
});
