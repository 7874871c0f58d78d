// Example 1's derived numbers against hand arithmetic on the fixture's stated values
// (example1-fixture.ts: areas, masses, densities and specific capacities are test values).
import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { EXAMPLE_1_MATERIALS as M, example1Design, withLayers } from './example1-fixture';
import type { BuildDesign, BuildLayer } from './types';

const layerOf = (design: BuildDesign, kind: BuildLayer['kind'], side: BuildLayer['side'] = 'a') => design.layers.findIndex((layer) => layer.kind === kind && layer.side === side);

describe('Example 1, cathode active layer (per face)', () => {
  const design = example1Design();
  const derived = deriveBuild(design);
  const cathode = derived.layers[layerOf(design, 'cathode_active_layer')]!;

  it('9.0 cm², 100 µm, 225 mg: loading 225 / 9 = 25 mg/cm²; density 0.225 g / (9 cm² × 0.0100 cm) = 2.5 g/cm³', () => {
    expect(cathode.areaCm2).toBe(9);
    expect(cathode.thicknessUm).toBe(100);
    expect(cathode.loadingMgCm2).toBeCloseTo(25, 12);
    expect(cathode.densityGCm3).toBeCloseTo(0.225 / 0.09, 12);
  });

  it('theoretical density 1 / (0.855/4.75 + 0.10/1.9 + 0.015/1.8 + 0.015/1.9 + 0.015/2.2) = 3.911 g/cm³; porosity 1 − 2.5/3.911 = 36.1 %', () => {
    const specificVolume = 0.855 / 4.75 + 0.1 / 1.9 + 0.015 / 1.8 + 0.015 / 1.9 + 0.015 / 2.2; // 0.18 + 0.05263 + 0.00833 + 0.00789 + 0.00682 = 0.25568
    expect(cathode.theoreticalDensityGCm3).toBeCloseTo(1 / specificVolume, 10);
    expect(cathode.theoreticalDensityGCm3).toBeCloseTo(3.911, 3);
    expect(cathode.porosityPct).toBeCloseTo(100 * (1 - 2.5 * specificVolume), 10);
    expect(cathode.porosityPct).toBeCloseTo(36.08, 2);
  });

  it('active mass 225 × 0.855 = 192.375 mg of NCM; capacity 0.192375 g × 200 mAh/g = 38.475 mAh', () => {
    expect(cathode.weightFractions).toEqual([0.855, 0.1, 0.015, 0.015, 0.015]);
    expect(cathode.activeMassMg).toBeCloseTo(192.375, 10);
    expect(cathode.chargeCapacityMAh).toBeCloseTo(38.475, 10);
  });
});

describe('Example 1, first anode layer (per face)', () => {
  const design = example1Design();
  const derived = deriveBuild(design);
  const anode = derived.layers[layerOf(design, 'first_anode_layer')]!;
  // 187.5 mg CB + 62.5 mg Ag + 140 mg PVDF = 390 mg of solids [0094].
  const cb = 187.5 / 390; // 0.48077
  const ag = 62.5 / 390; // 0.16026
  const pvdf = 140 / 390; // 0.35897

  it('10 mg on 10 cm² at 7 µm: loading 1.0 mg/cm²; density 0.010 g / (10 cm² × 0.0007 cm) = 1.429 g/cm³', () => {
    expect(anode.loadingMgCm2).toBeCloseTo(1, 12);
    expect(anode.densityGCm3).toBeCloseTo(0.01 / 0.007, 10);
  });

  it('theoretical density 1 / (0.48077/1.8 + 0.16026/10.49 + 0.35897/1.78) = 2.066 g/cm³; porosity 30.9 %', () => {
    const specificVolume = cb / 1.8 + ag / 10.49 + pvdf / 1.78; // 0.26709 + 0.01528 + 0.20167 = 0.48404
    expect(anode.theoreticalDensityGCm3).toBeCloseTo(1 / specificVolume, 10);
    expect(anode.theoreticalDensityGCm3).toBeCloseTo(2.066, 3);
    expect(anode.porosityPct).toBeCloseTo(100 * (1 - (0.01 / 0.007) * specificVolume), 10);
    expect(anode.porosityPct).toBeCloseTo(30.85, 2);
  });

  it('active mass = CB + Ag = 10 × 250/390 = 6.410 mg (PVDF excluded); capacity 4.808 mg × 300 + 1.603 mg × 250 = 1.843 mAh', () => {
    expect(anode.activeMassMg).toBeCloseTo(10 * (250 / 390), 10);
    const capacity = (10 * cb * 300 + 10 * ag * 250) / 1000; // 1.44231 + 0.40064
    expect(anode.chargeCapacityMAh).toBeCloseTo(capacity, 10);
    expect(anode.chargeCapacityMAh).toBeCloseTo(1.8429, 4);
  });
});

describe('Example 1, build level (FIG. 2, two faces)', () => {
  const derived = deriveBuild(example1Design());

  it('has two cathode faces and side a areas S1 9.0, S2 10.0, S4 10.0, S5 10.0 cm²', () => {
    expect(derived.cathodeFaces).toBe(2);
    expect(derived.faces.map((face) => face.side)).toEqual(['a', 'b']);
    expect([derived.s1CathodeAreaCm2, derived.s2SeAreaCm2, derived.s4AnodeCollectorAreaCm2, derived.s5CathodeCollectorAreaCm2]).toEqual([9, 10, 10, 10]);
  });

  it('S1/S2 = S1/S4 = 9/10 = 90 %; S4/S5 = S5/S2 = 10/10 = 100 %', () => {
    expect(derived.s1OverS2Pct).toBeCloseTo(90, 12);
    expect(derived.s1OverS4Pct).toBeCloseTo(90, 12);
    expect(derived.s4OverS5Pct).toBeCloseTo(100, 12);
    expect(derived.s5OverS2Pct).toBeCloseTo(100, 12);
  });

  it('cathode loading 25 mg/cm², of which NCM 192.375 / 9 = 21.375 mg/cm²', () => {
    expect(derived.cathodeLoadingMgCm2).toBeCloseTo(25, 12);
    expect(derived.cathodeActiveLoadingMgCm2).toBeCloseTo(21.375, 12);
  });

  it('cathode capacity of both faces 2 × 38.475 = 76.95 mAh, i.e. 76.95 / 18 cm² = 4.275 mAh/cm²', () => {
    expect(derived.cathodeCapacityMAh).toBeCloseTo(76.95, 10);
    expect(derived.cathodeCapacityMAhCm2).toBeCloseTo(4.275, 10);
    expect(derived.faces[0]!.cathodeCapacityMAh).toBeCloseTo(38.475, 10);
  });

  it('anode capacity of both faces 2 × 1.843 = 3.686 mAh; per face 1.843 / 38.475 = 4.79 % of the cathode', () => {
    expect(derived.anodeCapacityMAh).toBeCloseTo(2 * 1.842949, 5);
    expect(derived.anodeToCathodeCapacityPct).toBeCloseTo((100 * 1.8429487) / 38.475, 5);
    expect(derived.anodeToCathodeCapacityPct).toBeCloseTo(4.79, 2);
  });

  it('first anode 7 µm / cathode 100 µm = 7 %; composite 10 wt% of the cathode', () => {
    expect(derived.anodeToCathodeThicknessPct).toBeCloseTo(7, 12);
    expect(derived.compositeSeWtPct).toBeCloseTo(10, 12);
  });

  it('carbon : metal = 187.5 : 62.5 = 3; Ag 62.5 / (187.5 + 62.5) = 25 wt% of the mixture, PVDF excluded [0079]', () => {
    expect(derived.carbonToMetalRatio).toBeCloseTo(3, 12);
    expect(derived.metalWtPctOfAnodeMixture).toBeCloseTo(25, 12);
  });

  it('double-sided current = 0.6 mA/cm² × 9.0 cm² × 2 faces = 10.8 mA; C-rate 10.8 / 76.95 = 0.1404 /h', () => {
    expect(derived.currentMA).toBeCloseTo(0.6 * 9 * 2, 12);
    expect(derived.theoreticalCapacityMAh).toBeCloseTo(76.95, 10);
    expect(derived.cRate).toBeCloseTo(10.8 / 76.95, 12);
  });
});

describe('derived numbers without their inputs', () => {
  it('single-sided (FIG. 1): one face, current 0.6 × 9.0 = 5.4 mA, capacity 38.475 mAh', () => {
    const design = { ...example1Design(), configuration: 'single_sided' as const };
    design.layers = design.layers.filter((layer) => layer.side !== 'b');
    const derived = deriveBuild(design);
    expect(derived.cathodeFaces).toBe(1);
    expect(derived.faces).toHaveLength(1);
    expect(derived.currentMA).toBeCloseTo(5.4, 12);
    expect(derived.cathodeCapacityMAh).toBeCloseTo(38.475, 10);
  });

  it('follows the protocol: 0.3 mA/cm² on two 9.0 cm² faces = 5.4 mA', () => {
    const design = example1Design();
    design.protocol.currentDensityMACm2 = 0.3;
    expect(deriveBuild(design).currentMA).toBeCloseTo(5.4, 12);
  });

  it('a missing specific capacity (Ag) leaves the anode capacity and its ratio null, not the cathode', () => {
    const design = withLayers(example1Design(), 'first_anode_layer', (layer) => ({
      ...layer,
      components: layer.components.map((component) => (component.material.id === M.silver.id ? { ...component, material: { ...M.silver, specificCapacityMAhG: null } } : component)),
    }));
    const derived = deriveBuild(design);
    expect(derived.anodeCapacityMAh).toBeNull();
    expect(derived.anodeToCathodeCapacityPct).toBeNull();
    expect(derived.cathodeCapacityMAh).toBeCloseTo(76.95, 10);
    // The active mass does not need capacities.
    expect(derived.layers[layerOf(design, 'first_anode_layer')]!.activeMassMg).toBeCloseTo(10 * (250 / 390), 10);
  });

  it('a cathode without mass has no loading, density, active mass, capacity or C-rate; the current still follows from S1', () => {
    const design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, massMg: null }));
    const derived = deriveBuild(design);
    const cathode = derived.layers[layerOf(design, 'cathode_active_layer')]!;
    expect([cathode.loadingMgCm2, cathode.densityGCm3, cathode.porosityPct, cathode.activeMassMg, cathode.chargeCapacityMAh]).toEqual([null, null, null, null, null]);
    expect(cathode.theoreticalDensityGCm3).not.toBeNull();
    expect([derived.cathodeLoadingMgCm2, derived.cathodeActiveLoadingMgCm2, derived.cathodeCapacityMAh, derived.cathodeCapacityMAhCm2, derived.cRate]).toEqual([null, null, null, null, null]);
    expect(derived.currentMA).toBeCloseTo(10.8, 12);
  });

  it('a wt% slip in the cathode leaves its fractions and the composite share null, and names the problem', () => {
    const design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, components: layer.components.slice(0, 4) }));
    const derived = deriveBuild(design);
    const cathode = derived.layers[layerOf(design, 'cathode_active_layer')]!;
    expect(cathode.weightFractions).toBeNull();
    expect(cathode.compositionProblem).toBe('wt% sum to 98.5, not 100 (±0.5)');
    expect(derived.compositeSeWtPct).toBeNull();
    expect(derived.cathodeCapacityMAh).toBeNull();
  });

  it('a component without a density leaves the theoretical density and porosity null (the collector foil here)', () => {
    const design = example1Design();
    const derived = deriveBuild(design);
    const collector = derived.layers[layerOf(design, 'cathode_collector', 'shared')]!;
    expect(collector.theoreticalDensityGCm3).toBeNull();
    expect(collector.densityGCm3).toBeNull();
    expect(collector.activeMassMg).toBeNull();
  });

  it('with no cathode layer: no faces counted, no current, no C-rate', () => {
    const design = example1Design();
    design.layers = design.layers.filter((layer) => layer.kind !== 'cathode_active_layer');
    const derived = deriveBuild(design);
    expect(derived.cathodeFaces).toBe(0);
    expect([derived.s1CathodeAreaCm2, derived.s1OverS2Pct, derived.currentMA, derived.cathodeCapacityMAh, derived.cRate]).toEqual([null, null, null, null, null]);
  });

  it('takes areas from a rectangle or a disc: 30 × 30 mm cathode on Ø 40 mm SE = 9 / 12.566 = 71.6 %', () => {
    let design = withLayers(example1Design(), 'cathode_active_layer', (layer) => ({ ...layer, shape: { kind: 'rect', widthMm: 30, heightMm: 30 } }));
    design = withLayers(design, 'solid_electrolyte', (layer) => ({ ...layer, shape: { kind: 'round', diameterMm: 40 } }));
    expect(deriveBuild(design).s1OverS2Pct).toBeCloseTo((100 * 9) / (Math.PI * 2 ** 2), 10);
  });

  it('keeps each face: a thicker first anode layer on side b shows in faces[1] only', () => {
    const design = example1Design();
    design.layers[layerOf(design, 'first_anode_layer', 'b')]!.thicknessPressedUm = 14;
    const derived = deriveBuild(design);
    expect(derived.anodeToCathodeThicknessPct).toBeCloseTo(7, 12);
    expect(derived.faces[1]!.anodeToCathodeThicknessPct).toBeCloseTo(14, 12);
  });
});
