// Rules on the stack's geometry: the areas S1, S2, S4, S5 against each other ([0044]-[0047]) and
// the thickness of the optional layers (thin film [0091], Li foil [0087], carbon layer [0065]).
import { fmt, LAYER_NOUNS, missingLayerFields, notApplicable, notEnoughData, rangeResult, relation, type Bounds, type FaceContext, type RuleSpec } from './design-rules-kit';
import type { FaceDerived } from './derived';
import type { DesignRuleResult, LayerKind } from './types';

interface AreaRatioSpec extends RuleSpec {
  value: (face: FaceDerived) => number | null;
  of: LayerKind;
  to: LayerKind;
  bounds: Bounds;
  why: string;
}

const AREA_RATIOS: Record<'s1_over_s2' | 's1_over_s4' | 's4_over_s5' | 's5_over_s2', AreaRatioSpec> = {
  // [0044]: "about 50% to less than about 100%": equal or larger risks a short circuit.
  s1_over_s2: {
    id: 's1_over_s2', title: 'Cathode area S1 vs SE area S2', paragraph: '[0044]', unit: '%', range: '50 % ≤ S1/S2 < 100 %',
    value: (face) => face.s1OverS2Pct, of: 'cathode_active_layer', to: 'solid_electrolyte', bounds: { min: 50, max: 100, maxExclusive: true },
    why: 'a cathode as large as the SE layer risks a short circuit',
  },
  // [0046]: the same "50% to less than about 100%" against the anode collector.
  s1_over_s4: {
    id: 's1_over_s4', title: 'Cathode area S1 vs anode collector S4', paragraph: '[0046]', unit: '%', range: '50 % ≤ S1/S4 < 100 %',
    value: (face) => face.s1OverS4Pct, of: 'cathode_active_layer', to: 'anode_collector', bounds: { min: 50, max: 100, maxExclusive: true },
    why: 'the cathode must be smaller than the anode collector',
  },
  // [0047]: "about 100±5%".
  s4_over_s5: {
    id: 's4_over_s5', title: 'Anode collector S4 vs cathode collector S5', paragraph: '[0047]', unit: '%', range: '100 ± 5 %',
    value: (face) => face.s4OverS5Pct, of: 'anode_collector', to: 'cathode_collector', bounds: { min: 95, max: 105 },
    why: 'the two collectors should have the same area',
  },
  s5_over_s2: {
    id: 's5_over_s2', title: 'Cathode collector S5 vs SE area S2', paragraph: '[0047]', unit: '%', range: '100 ± 5 %',
    value: (face) => face.s5OverS2Pct, of: 'cathode_collector', to: 'solid_electrolyte', bounds: { min: 95, max: 105 },
    why: 'the cathode collector and the SE layer should have the same area',
  },
};

const AREA_SYMBOL: Partial<Record<LayerKind, string>> = { cathode_active_layer: 'S1', solid_electrolyte: 'S2', anode_collector: 'S4', cathode_collector: 'S5' };

export function areaRatioRule(id: keyof typeof AREA_RATIOS): (context: FaceContext) => DesignRuleResult {
  const spec = AREA_RATIOS[id];
  return (context) => {
    const value = spec.value(context.face);
    if (value === null) {
      const of = context.layer(spec.of);
      const to = context.layer(spec.to);
      return notEnoughData(spec, [...missingLayerFields(of, LAYER_NOUNS[spec.of], ['area']), ...missingLayerFields(to, LAYER_NOUNS[spec.to], ['area'])]);
    }
    const name = `${AREA_SYMBOL[spec.of]}/${AREA_SYMBOL[spec.to]}`;
    return rangeResult(spec, value, spec.bounds, (placement) => {
      const sentence = `${name} = ${fmt(value)} %, ${placement === 'inside' ? 'within' : 'outside'} ${spec.range} ${spec.paragraph}`;
      return placement === 'inside' ? sentence : `${sentence}: ${spec.why}`;
    });
  };
}

interface ThicknessSpec extends RuleSpec {
  kind: LayerKind;
  absent: string;
  bounds: Bounds;
  toUnit: (um: number) => number;
}

const THICKNESSES: Record<'thin_film_thickness' | 'lithium_foil_thickness' | 'carbon_layer_thickness', ThicknessSpec> = {
  thin_film_thickness: {
    id: 'thin_film_thickness', title: 'Thin film on the anode collector', paragraph: '[0091]', unit: 'nm', range: '1–800 nm',
    kind: 'thin_film', absent: 'no thin film on the anode collector', bounds: { min: 1, max: 800 }, toUnit: (um) => um * 1000,
  },
  lithium_foil_thickness: {
    id: 'lithium_foil_thickness', title: 'Second anode layer (Li foil)', paragraph: '[0087]', unit: 'µm', range: '1–1000 µm',
    kind: 'lithium_foil', absent: 'no Li foil layer: the second anode layer is plated in situ on the first charge [0088]', bounds: { min: 1, max: 1000 }, toUnit: (um) => um,
  },
  carbon_layer_thickness: {
    id: 'carbon_layer_thickness', title: 'Carbon layer on the cathode collector', paragraph: '[0065]', unit: 'µm', range: '1–5 µm',
    kind: 'carbon_layer', absent: 'no carbon layer on the cathode collector', bounds: { min: 1, max: 5 }, toUnit: (um) => um,
  },
};

export function thicknessRule(id: keyof typeof THICKNESSES): (context: FaceContext) => DesignRuleResult {
  const spec = THICKNESSES[id];
  return (context) => {
    const entry = context.layer(spec.kind);
    if (!entry) return notApplicable(spec, spec.absent);
    if (entry.derived.thicknessUm === null) return notEnoughData(spec, missingLayerFields(entry, entry.noun, ['thickness']));
    const value = spec.toUnit(entry.derived.thicknessUm);
    return rangeResult(spec, value, spec.bounds, (placement) => `${entry.noun} ${fmt(value)} ${spec.unit}, ${relation(placement)} ${spec.range} ${spec.paragraph}`);
  };
}

