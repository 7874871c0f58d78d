// The build's derived numbers and design-rule results as the contract carries them: typed schemas
// that mirror shared/cells (derived-layer.ts, derived.ts, types.ts), so a client reads them without
// casts. The type checks at the bottom make any drift between these and the calculators a compile
// error.
import { z } from 'zod';
import type { BuildDerived, FaceDerived } from '../cells/derived';
import type { LayerDerived } from '../cells/derived-layer';
import { LAYER_KINDS, type DesignRuleResult } from '../cells/types';

const maybeNumber = z.number().nullable();

export const layerDerivedSchema = z.object({
  kind: z.enum(LAYER_KINDS),
  side: z.enum(['a', 'b', 'shared']),
  areaCm2: maybeNumber,
  thicknessUm: maybeNumber,
  loadingMgCm2: maybeNumber,
  densityGCm3: maybeNumber,
  theoreticalDensityGCm3: maybeNumber,
  porosityPct: maybeNumber,
  weightFractions: z.array(z.number()).nullable(),
  compositionProblem: z.string().nullable(),
  activeMassMg: maybeNumber,
  chargeCapacityMAh: maybeNumber,
});

/** The numbers of one cathode face (FIG. 1 has one; FIG. 2 two mirrored faces). */
const faceNumbers = {
  s1CathodeAreaCm2: maybeNumber,
  s2SeAreaCm2: maybeNumber,
  s4AnodeCollectorAreaCm2: maybeNumber,
  s5CathodeCollectorAreaCm2: maybeNumber,
  s1OverS2Pct: maybeNumber,
  s1OverS4Pct: maybeNumber,
  s4OverS5Pct: maybeNumber,
  s5OverS2Pct: maybeNumber,
  cathodeLoadingMgCm2: maybeNumber,
  cathodeActiveLoadingMgCm2: maybeNumber,
  anodeToCathodeThicknessPct: maybeNumber,
  compositeSeWtPct: maybeNumber,
  carbonToMetalRatio: maybeNumber,
  metalWtPctOfAnodeMixture: maybeNumber,
};

export const faceDerivedSchema = z.object({
  side: z.enum(['a', 'b']),
  ...faceNumbers,
  cathodeCapacityMAh: maybeNumber,
  anodeCapacityMAh: maybeNumber,
  anodeToCathodeCapacityPct: maybeNumber,
});

export const buildDerivedSchema = z.object({
  ...faceNumbers,
  anodeToCathodeCapacityPct: maybeNumber,
  layers: z.array(layerDerivedSchema),
  faces: z.array(faceDerivedSchema),
  cathodeFaces: z.number().int(),
  cathodeCapacityMAh: maybeNumber,
  cathodeCapacityMAhCm2: maybeNumber,
  anodeCapacityMAh: maybeNumber,
  currentMA: maybeNumber,
  theoreticalCapacityMAh: maybeNumber,
  cRate: maybeNumber,
});

export const designRuleResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  paragraph: z.string(),
  status: z.enum(['pass', 'warn', 'not_enough_data', 'not_applicable']),
  value: maybeNumber,
  unit: z.string(),
  range: z.string(),
  message: z.string(),
  missing: z.array(z.string()),
});

// Each schema's type must equal its calculator's type, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLayer: Same<z.infer<typeof layerDerivedSchema>, LayerDerived> = true;
const sameFace: Same<z.infer<typeof faceDerivedSchema>, FaceDerived> = true;
const sameBuild: Same<z.infer<typeof buildDerivedSchema>, BuildDerived> = true;
const sameRule: Same<z.infer<typeof designRuleResultSchema>, DesignRuleResult> = true;
export const derivedSchemasMatchCalculators = sameLayer && sameFace && sameBuild && sameRule;
