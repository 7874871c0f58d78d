// Substances of the gel process by the names researchers use, with formulas (molar masses come
// from the formula parser) and densities from DOMAIN.md section 2. Anything else can be named by
// its formula, or given a molar mass explicitly.
import { FormulaError, molarMass } from './formula';

export interface GelSubstance {
  name: string;
  formula: string;
  densityGMl: number | null;
  aliases: readonly string[];
}

export const GEL_SUBSTANCES: readonly GelSubstance[] = [
  { name: 'LiTFSI', formula: 'LiN(SO2CF3)2', densityGMl: null, aliases: ['lithium bis(trifluoromethanesulfonyl)imide'] },
  { name: 'LiFSI', formula: 'LiN(SO2F)2', densityGMl: null, aliases: ['lithium bis(fluorosulfonyl)imide'] },
  { name: 'n-MAc', formula: 'C3H7NO', densityGMl: 0.957, aliases: ['nmac', 'n-methylacetamide', 'nma', 'methylacetamide'] },
  { name: 'DME', formula: 'C4H10O2', densityGMl: 0.867, aliases: ['1,2-dimethoxyethane', 'dimethoxyethane', 'glyme'] },
  { name: 'TEOS', formula: 'Si(OC2H5)4', densityGMl: 0.933, aliases: ['tetraethyl orthosilicate', 'tetraethoxysilane'] },
  { name: 'formic acid', formula: 'CH2O2', densityGMl: 1.22, aliases: ['hcooh', 'fa'] },
  { name: 'SiO2', formula: 'SiO2', densityGMl: null, aliases: ['silica'] },
  // Other salts and media of [0034]-[0035] by their usual short names (densities not given:
  // pass one when volumes are wanted). Without these, "LiBOB" would read as the formula Li-B-O-B.
  { name: 'LiBOB', formula: 'LiB(C2O4)2', densityGMl: null, aliases: ['lithium bis(oxalato)borate'] },
  { name: 'LiDFOB', formula: 'LiBF2(C2O4)', densityGMl: null, aliases: ['lithium difluoro(oxalato)borate'] },
  { name: 'LiPF6', formula: 'LiPF6', densityGMl: null, aliases: [] },
  { name: 'LiBF4', formula: 'LiBF4', densityGMl: null, aliases: [] },
  { name: 'LiClO4', formula: 'LiClO4', densityGMl: null, aliases: [] },
  { name: 'LiOTf', formula: 'LiCF3SO3', densityGMl: null, aliases: ['lithium triflate', 'licf3so3'] },
  { name: 'EC', formula: 'C3H4O3', densityGMl: null, aliases: ['ethylene carbonate'] },
  { name: 'PC', formula: 'C4H6O3', densityGMl: null, aliases: ['propylene carbonate'] },
  { name: 'DMC', formula: 'C3H6O3', densityGMl: null, aliases: ['dimethyl carbonate'] },
  { name: 'DEC', formula: 'C5H10O3', densityGMl: null, aliases: ['diethyl carbonate'] },
  { name: 'EMC', formula: 'C4H8O3', densityGMl: null, aliases: ['ethylmethyl carbonate', 'ethyl methyl carbonate'] },
  { name: 'FEC', formula: 'C3H3FO3', densityGMl: null, aliases: ['fluoroethylene carbonate'] },
  { name: 'TEGDME', formula: 'C10H22O5', densityGMl: null, aliases: ['tetraglyme', 'tetra(ethylene glycol) dimethyl ether'] },
  { name: 'triglyme', formula: 'C8H18O4', densityGMl: null, aliases: ['tri(ethylene glycol) dimethyl ether'] },
  { name: 'GBL', formula: 'C4H6O2', densityGMl: null, aliases: ['gamma-butyrolactone', 'gamma butyrolactone'] },
  { name: 'THF', formula: 'C4H8O', densityGMl: null, aliases: ['tetrahydrofuran'] },
  { name: 'sulfolane', formula: 'C4H8O2S', densityGMl: null, aliases: [] },
  { name: 'succinonitrile', formula: 'C4H4N2', densityGMl: null, aliases: ['sn'] },
];

export interface ResolvedSubstance {
  name: string;
  molarMassGMol: number;
  densityGMl: number | null;
  /** Where the molar mass came from, to be shown beside it. */
  source: string;
}

/** A known substance by name or alias (any case), else the text read as a formula; null if neither. */
export function resolveGelSubstance(text: string): ResolvedSubstance | null {
  const wanted = text.trim().toLowerCase();
  const known = GEL_SUBSTANCES.find((substance) => substance.name.toLowerCase() === wanted || substance.aliases.includes(wanted));
  if (known) return { name: known.name, molarMassGMol: molarMass(known.formula), densityGMl: known.densityGMl, source: `formula ${known.formula}` };
  try {
    return { name: text.trim(), molarMassGMol: molarMass(text.trim()), densityGMl: null, source: `read as the formula ${text.trim()}` };
  } catch (error) {
    if (error instanceof FormulaError) return null;
    throw error;
  }
}
