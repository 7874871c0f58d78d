// The gel-process calculator (DOMAIN.md section 2, patent [0097]): an electrolyte of a lithium
// salt in a medium is mixed with a silica precursor (TEOS hydrolysed by formic acid); drying
// leaves a porous oxide holding the salt and what is left of the medium. Pure arithmetic, every
// constant from the caller; the checks name their paragraph.
import { molPctToWtPct } from './conversions';

export interface SolgelSubstance {
  name: string;
  molarMassGMol: number;
  densityGMl?: number | null;
}

export interface SolgelInput {
  salt: SolgelSubstance & { lithiumPerFormula?: number };
  medium: SolgelSubstance;
  /** mol% of salt in (salt + medium) [0037]. */
  saltMolPct: number;
  /** Mass of the electrolyte (salt + medium) mixed into the gel. */
  electrolyteG: number;
  /** The oxide precursor (TEOS), given by volume or by mass. */
  precursor: SolgelSubstance & { volumeMl?: number | null; massG?: number | null; oxidePerFormula?: number };
  /** The acid, as a solution of a molarity; without a density its mass is taken as the acid's own. */
  acid: SolgelSubstance & { volumeMl: number; molarity: number; solutionDensityGMl?: number | null };
  /** Mass of the precursor mixture (precursor + acid) mixed with the electrolyte. */
  precursorUsedG: number;
  oxide: { name: string; molarMassGMol: number };
  measured?: { dryMassG?: number | null; mediumLossG?: number | null; tgaOxideWtPct?: number | null } | null;
}

export interface Composition {
  oxide: number;
  salt: number;
  medium: number;
}

export type CheckStatus = 'pass' | 'warn';

export interface SolgelCheck {
  rule: 'salt_mol_pct' | 'salt_to_oxide_mass_ratio' | 'composition_oxide' | 'composition_salt' | 'composition_medium';
  paragraph: string;
  status: CheckStatus;
  value: number;
  range: string;
  message: string;
}

export interface MeasuredComposition {
  basis: 'dry_mass' | 'medium_loss' | 'tga_oxide';
  dryMassG: number;
  mediumRetainedG: number;
  compositionWtPct: Composition;
}

export interface SolgelResult {
  saltWtPctInElectrolyte: number;
  saltG: number;
  saltMol: number;
  mediumG: number;
  mediumMol: number;
  precursorG: number;
  precursorMol: number;
  acidMol: number;
  /** Mass of the acid itself (mol x molar mass). */
  acidG: number;
  /** Mass of the acid solution poured, and what it was computed from. */
  acidSolutionG: number;
  acidSolutionMassBasis: 'solution_density' | 'neat_acid';
  acidToPrecursor: number;
  precursorBatchG: number;
  /** precursorUsedG / precursorBatchG: more than 1 when several batches of precursor are used. */
  precursorBatchesUsed: number;
  precursorMolUsed: number;
  oxideMaxG: number;
  liToSi: number;
  /** Dry composite if no medium evaporated. */
  compositionNoLossWtPct: Composition;
  /** Dry composite if all medium evaporated: the bound drying cannot pass. */
  compositionNoMediumWtPct: Composition;
  saltToOxideMassRatio: number;
  measured: MeasuredComposition | null;
  checks: SolgelCheck[];
  notes: string[];
}

/** [0038]: 50–70 parts oxide, 20–40 salt, 5–10 medium per 100 parts of composite. */
export const COMPOSITION_RANGES = { oxide: [50, 70], salt: [20, 40], medium: [5, 10] } as const;
/** The salt : oxide mass ratio those ranges allow: 20/70 to 40/50. */
export const SALT_TO_OXIDE_RANGE = [20 / 70, 40 / 50] as const;
/** [0037]: 1–30 mol% salt (15–25 preferred). */
export const SALT_MOL_PCT_RANGE = [1, 30] as const;

function wtPct(parts: Composition): Composition {
  const total = parts.oxide + parts.salt + parts.medium;
  return { oxide: (100 * parts.oxide) / total, salt: (100 * parts.salt) / total, medium: (100 * parts.medium) / total };
}

const fmt = (value: number, digits = 3) => Number(value.toPrecision(digits)).toString();

function measuredComposition(input: SolgelInput, oxideG: number, saltG: number, mediumG: number, notes: string[]): MeasuredComposition | null {
  const measured = input.measured;
  if (!measured) return null;
  let basis: MeasuredComposition['basis'];
  let dryMassG: number;
  if (measured.dryMassG) {
    basis = 'dry_mass';
    dryMassG = measured.dryMassG;
  } else if (measured.mediumLossG) {
    basis = 'medium_loss';
    dryMassG = oxideG + saltG + mediumG - measured.mediumLossG;
  } else if (measured.tgaOxideWtPct) {
    // TGA residue taken as the oxide's share of the dry powder.
    basis = 'tga_oxide';
    dryMassG = (100 * oxideG) / measured.tgaOxideWtPct;
  } else {
    return null;
  }
  // Salt and oxide stay; only medium leaves in drying. A dry mass below salt + oxide means
  // something else was lost (or the oxide did not form fully): say so rather than hide it.
  let mediumRetainedG = dryMassG - oxideG - saltG;
  if (mediumRetainedG < 0) {
    notes.push(
      `the measured dry mass (${fmt(dryMassG, 4)} g) is below oxide + salt (${fmt(oxideG + saltG, 4)} g): salt or oxide was lost, the gel did not convert fully, or the mass is wrong; medium taken as 0`,
    );
    mediumRetainedG = 0;
  }
  if (mediumRetainedG > mediumG) {
    notes.push(`the measured dry mass is above oxide + salt + all the medium (${fmt(oxideG + saltG + mediumG, 4)} g): water or acid may remain`);
  }
  return { basis, dryMassG, mediumRetainedG, compositionWtPct: wtPct({ oxide: oxideG, salt: saltG, medium: mediumRetainedG }) };
}

function rangeCheck(rule: SolgelCheck['rule'], paragraph: string, value: number, [low, high]: readonly [number, number], unit: string, describe: (inside: boolean) => string): SolgelCheck {
  const inside = value >= low && value <= high;
  return { rule, paragraph, status: inside ? 'pass' : 'warn', value, range: `${fmt(low, 2)}–${fmt(high, 2)}${unit}`, message: describe(inside) };
}

export function calculateSolgel(input: SolgelInput): SolgelResult {
  const notes: string[] = [];
  // Electrolyte: the salt fraction by mass follows from the mole fraction and the molar masses.
  const saltWtPctInElectrolyte = molPctToWtPct(input.saltMolPct, input.salt.molarMassGMol, input.medium.molarMassGMol);
  const saltG = (input.electrolyteG * saltWtPctInElectrolyte) / 100;
  const mediumG = input.electrolyteG - saltG;
  const saltMol = saltG / input.salt.molarMassGMol;
  const mediumMol = mediumG / input.medium.molarMassGMol;

  // Precursor batch: TEOS + acid solution. TEOS hydrolysis and condensation give 1 SiO2 per TEOS.
  const precursorG = input.precursor.massG ?? (input.precursor.volumeMl ?? 0) * (input.precursor.densityGMl ?? 0);
  const precursorMol = precursorG / input.precursor.molarMassGMol;
  const acidMol = (input.acid.volumeMl * input.acid.molarity) / 1000;
  const acidG = acidMol * input.acid.molarMassGMol;
  const hasSolutionDensity = Boolean(input.acid.solutionDensityGMl);
  const acidSolutionG = hasSolutionDensity ? input.acid.volumeMl * (input.acid.solutionDensityGMl as number) : acidG;
  if (!hasSolutionDensity) notes.push(`no density given for the ${input.acid.name} solution: its mass is taken as the acid's own (${fmt(acidG, 4)} g)`);
  const precursorBatchG = precursorG + acidSolutionG;
  const precursorBatchesUsed = input.precursorUsedG / precursorBatchG;
  const precursorMolUsed = precursorMol * precursorBatchesUsed;
  const oxideMaxG = precursorMolUsed * (input.precursor.oxidePerFormula ?? 1) * input.oxide.molarMassGMol;
  const liToSi = (saltMol * (input.salt.lithiumPerFormula ?? 1)) / (precursorMolUsed * (input.precursor.oxidePerFormula ?? 1));

  const compositionNoLossWtPct = wtPct({ oxide: oxideMaxG, salt: saltG, medium: mediumG });
  const compositionNoMediumWtPct = wtPct({ oxide: oxideMaxG, salt: saltG, medium: 0 });
  const saltToOxideMassRatio = saltG / oxideMaxG;
  const measured = measuredComposition(input, oxideMaxG, saltG, mediumG, notes);
  const composition = measured?.compositionWtPct ?? compositionNoLossWtPct;
  const compositionSource = measured ? 'measured' : 'expected with no medium lost';

  const checks: SolgelCheck[] = [
    rangeCheck('salt_mol_pct', '[0037]', input.saltMolPct, SALT_MOL_PCT_RANGE, ' mol%', (inside) =>
      inside
        ? `salt ${fmt(input.saltMolPct)} mol% of salt + medium is within 1–30 mol% [0037]${input.saltMolPct < 15 || input.saltMolPct > 25 ? ' (15–25 preferred)' : ''}`
        : `salt ${fmt(input.saltMolPct)} mol% of salt + medium is outside 1–30 mol% [0037]`,
    ),
    rangeCheck('salt_to_oxide_mass_ratio', '[0038]', saltToOxideMassRatio, SALT_TO_OXIDE_RANGE, '', (inside) =>
      inside
        ? `salt : oxide = ${fmt(saltToOxideMassRatio)} by mass, within 0.29–0.80 (20/70 to 40/50) [0038]`
        : `salt : oxide = ${fmt(saltToOxideMassRatio)} by mass (${fmt(saltG)} g ${input.salt.name} : ${fmt(oxideMaxG)} g ${input.oxide.name}); [0038] allows 0.29–0.80 (20/70 to 40/50). Drying removes only medium, so no drying and no measured dry mass changes this ratio: only the amounts of salt and precursor do. [0038] is an optional embodiment: a warning, not an error.`,
    ),
    ...(['oxide', 'salt', 'medium'] as const).map((part) =>
      rangeCheck(`composition_${part}`, '[0038]', composition[part], COMPOSITION_RANGES[part], ' wt%', (inside) =>
        `${part} ${fmt(composition[part])} wt% (${compositionSource}) is ${inside ? 'within' : 'outside'} ${COMPOSITION_RANGES[part][0]}–${COMPOSITION_RANGES[part][1]} parts per 100 [0038]`,
      ),
    ),
  ];

  return {
    saltWtPctInElectrolyte,
    saltG,
    saltMol,
    mediumG,
    mediumMol,
    precursorG,
    precursorMol,
    acidMol,
    acidG,
    acidSolutionG,
    acidSolutionMassBasis: hasSolutionDensity ? 'solution_density' : 'neat_acid',
    acidToPrecursor: acidMol / precursorMol,
    precursorBatchG,
    precursorBatchesUsed,
    precursorMolUsed,
    oxideMaxG,
    liToSi,
    compositionNoLossWtPct,
    compositionNoMediumWtPct,
    saltToOxideMassRatio,
    measured,
    checks,
    notes,
  };
}
