// Rules on the cathode side: how much porous composite SE the cathode holds ([0039], claim 10),
// what the composite is made of ([0037]-[0038]), and how dense the gasket around it is ([0050]).
import { COMPOSITION_RANGES, SALT_MOL_PCT_RANGE, SALT_TO_OXIDE_RANGE } from '../chemistry/solgel';
import {
  componentLabel,
  fmt,
  notApplicable,
  notEnoughData,
  place,
  rangeResult,
  recipeGap,
  relation,
  result,
  worst,
  type FaceContext,
  type RuleSpec,
} from './design-rules-kit';
import type { DesignRuleResult, LayerComponent } from './types';

const COMPOSITE_WT_PCT: RuleSpec = { id: 'composite_se_in_cathode', title: 'Composite SE in the cathode', paragraph: '[0039], claim 10', unit: 'wt%', range: '1–30 wt%' };

/** [0039]: 1–30 wt% of the cathode active layer, 10–20 preferred; claim 1 requires some. */
export function compositeSeInCathode(context: FaceContext): DesignRuleResult {
  const cathode = context.layer('cathode_active_layer');
  const gap = recipeGap(cathode, 'cathode active layer');
  const value = context.face.compositeSeWtPct;
  if (gap || value === null) return notEnoughData(COMPOSITE_WT_PCT, gap?.missing ?? ['composition of the cathode active layer'], gap?.message);
  if (value === 0) {
    return result(COMPOSITE_WT_PCT, 'warn', 0, 'no porous oxide composite SE in the cathode active layer (0 wt%): claim 1 requires one, and [0039] gives 1–30 wt%');
  }
  return rangeResult(COMPOSITE_WT_PCT, value, { min: 1, max: 30 }, (placement) => {
    const preferred = placement === 'inside' && (value < 10 || value > 20) ? ' (10–20 preferred)' : '';
    return `composite SE ${fmt(value)} wt% of the cathode active layer, ${relation(placement)} 1–30 wt%${preferred} [0039]`;
  });
}

const COMPOSITE_COMPOSITION: RuleSpec = {
  id: 'composite_composition',
  title: 'Composite SE composition',
  paragraph: '[0038]',
  unit: 'g/g salt : oxide',
  range: 'oxide 50–70, salt 20–40, medium 5–10 parts per 100 (salt : oxide 0.29–0.80)',
};

/** [0038] through the composite lot's batch: the salt : oxide ratio and each part's share. */
export function compositeComposition(context: FaceContext): DesignRuleResult {
  const composites = compositeComponents(context);
  if (typeof composites === 'string') return notApplicable(COMPOSITE_COMPOSITION, composites);
  return worst(composites.map(checkComposition));
}

function checkComposition(component: LayerComponent): DesignRuleResult {
  const label = componentLabel(component);
  const facts = component.composite;
  const composition = facts?.compositionWtPct ?? null;
  const ratio = facts?.saltToOxideMassRatio ?? (composition && composition.oxide > 0 ? composition.salt / composition.oxide : null);
  if (!facts || ratio === null) {
    return notEnoughData(COMPOSITE_COMPOSITION, [`composition of ${label}`], `nothing is known of what ${label} is made of: link the lot to its synthesis batch or enter a measured composition`);
  }
  const problems: string[] = [];
  const [ratioLow, ratioHigh] = SALT_TO_OXIDE_RANGE;
  if (place(ratio, { min: ratioLow, max: ratioHigh }) !== 'inside') problems.push(`salt : oxide = ${fmt(ratio)} by mass, outside 0.29–0.80 (20/70 to 40/50)`);
  for (const part of ['oxide', 'salt', 'medium'] as const) {
    const [low, high] = COMPOSITION_RANGES[part];
    if (composition && place(composition[part], { min: low, max: high }) !== 'inside') problems.push(`${part} ${fmt(composition[part])} wt% outside ${low}–${high}`);
  }
  const source = ` (${facts.source})`;
  if (problems.length > 0) return result(COMPOSITE_COMPOSITION, 'warn', ratio, `${label}${source}: ${problems.join('; ')} [0038]`);
  if (!composition) {
    return result(
      COMPOSITE_COMPOSITION,
      'not_enough_data',
      ratio,
      `${label}${source}: salt : oxide = ${fmt(ratio)} is within 0.29–0.80, but the oxide / salt / medium split is not known [0038]`,
      [`oxide, salt and medium wt% of ${label}`],
    );
  }
  const parts = `oxide ${fmt(composition.oxide)}, salt ${fmt(composition.salt)}, medium ${fmt(composition.medium)} wt%`;
  return result(COMPOSITE_COMPOSITION, 'pass', ratio, `${label}${source}: ${parts}, salt : oxide = ${fmt(ratio)}, all within [0038]`);
}

const SALT_MOL_PCT: RuleSpec = { id: 'composite_salt_mol_pct', title: "Salt in the composite's electrolyte", paragraph: '[0037]', unit: 'mol%', range: '1–30 mol%' };

/** [0037]: 1–30 mol% salt in salt + medium (15–25 preferred). */
export function compositeSaltMolPct(context: FaceContext): DesignRuleResult {
  const composites = compositeComponents(context);
  if (typeof composites === 'string') return notApplicable(SALT_MOL_PCT, composites);
  return worst(
    composites.map((component) => {
      const label = componentLabel(component);
      const molPct = component.composite?.saltMolPct ?? null;
      if (molPct === null) return notEnoughData(SALT_MOL_PCT, [`salt mol% of ${label}`], `the salt content of ${label}'s electrolyte is not known`);
      const [low, high] = SALT_MOL_PCT_RANGE;
      return rangeResult(SALT_MOL_PCT, molPct, { min: low, max: high }, (placement) => {
        const preferred = placement === 'inside' && (molPct < 15 || molPct > 25) ? ' (15–25 preferred)' : '';
        return `${label}: salt ${fmt(molPct)} mol% of salt + medium, ${relation(placement)} 1–30 mol%${preferred} [0037]`;
      });
    }),
  );
}

/** The composite SE components of this face's cathode, or why there are none. */
function compositeComponents(context: FaceContext): LayerComponent[] | string {
  const cathode = context.layer('cathode_active_layer');
  if (!cathode) return 'no cathode active layer';
  const composites = cathode.layer.components.filter((component) => component.material.kind === 'oxide_composite_se');
  return composites.length > 0 ? composites : 'the cathode active layer has no porous oxide composite SE';
}

const GASKET_DENSITY: RuleSpec = {
  id: 'inactive_member_density',
  title: 'Inactive member density',
  paragraph: '[0050]',
  unit: '% of cathode active material',
  range: '10–200 %',
};

/** [0050]: the gasket's density, 10–200 % of the cathode active material's. */
export function inactiveMemberDensity(context: FaceContext): DesignRuleResult {
  const gasket = context.layer('inactive_member');
  if (!gasket) return notApplicable(GASKET_DENSITY, 'no inactive member (gasket) in the build');
  const active = cathodeActiveDensity(context);
  // The material's density is what [0050] compares; a measured one stands in when it is not entered.
  const gasketDensity = gasket.derived.theoreticalDensityGCm3 ?? gasket.derived.densityGCm3;
  const gasketSource = gasket.derived.theoreticalDensityGCm3 !== null ? 'material' : 'measured';
  const missing = [...(typeof active === 'number' ? [] : active)];
  if (gasketDensity === null) {
    const names = gasket.layer.components.filter((component) => component.material.densityGCm3 === null).map((component) => component.material.name);
    missing.push(...(names.length > 0 ? names.map((name) => `density of ${name}`) : ['density of the inactive member']));
  }
  if (typeof active !== 'number' || gasketDensity === null) {
    return notEnoughData(GASKET_DENSITY, missing, `needs the ${missing.join(', ')} (a gasket density can also come from the inactive member's mass, area and thickness)`);
  }
  const value = (100 * gasketDensity) / active;
  return rangeResult(GASKET_DENSITY, value, { min: 10, max: 200 }, (placement) =>
    `gasket ${fmt(gasketDensity)} g/cm³ (${gasketSource}) is ${fmt(value)} % of the cathode active material's ${fmt(active)} g/cm³, ${relation(placement)} 10–200 % [0050]`,
  );
}

/** Density of the cathode active material(s), 1 / Σ(w_i / ρ_i) over them; else what is missing. */
function cathodeActiveDensity(context: FaceContext): number | string[] {
  const cathode = context.layer('cathode_active_layer');
  if (!cathode) return ['cathode active layer'];
  const actives = cathode.layer.components.flatMap((component, index) => (component.material.kind === 'cathode_active' ? [{ component, index }] : []));
  if (actives.length === 0) return ['cathode active material in the cathode active layer'];
  const missing = actives.filter(({ component }) => !(component.material.densityGCm3 !== null && component.material.densityGCm3 > 0)).map(({ component }) => `density of ${component.material.name}`);
  if (missing.length > 0) return missing;
  if (actives.length === 1) return actives[0]!.component.material.densityGCm3!;
  const fractions = cathode.derived.weightFractions;
  if (!fractions) return ['composition of the cathode active layer'];
  const total = actives.reduce((sum, { index }) => sum + (fractions[index] ?? 0), 0);
  const specificVolume = actives.reduce((sum, { component, index }) => sum + (fractions[index] ?? 0) / total / component.material.densityGCm3!, 0);
  return 1 / specificVolume;
}
