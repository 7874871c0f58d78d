// Example 1 of the patent's gel process ([0097]) with DOMAIN.md section 2's constants: the input
// the calculator is checked against, and the templates and CLI defaults start from.
import type { SolgelInput } from './solgel';

export const EXAMPLE_1_SOLGEL: SolgelInput = {
  salt: { name: 'LiTFSI', molarMassGMol: 287.07, lithiumPerFormula: 1 },
  medium: { name: 'n-MAc', molarMassGMol: 73.09, densityGMl: 0.957 },
  saltMolPct: 20,
  electrolyteG: 133.4,
  precursor: { name: 'TEOS', molarMassGMol: 208.33, densityGMl: 0.933, volumeMl: 50.0, oxidePerFormula: 1 },
  acid: { name: 'formic acid', molarMassGMol: 46.03, densityGMl: 1.22, volumeMl: 74.0, molarity: 26.5 },
  precursorUsedG: 255.9,
  oxide: { name: 'SiO2', molarMassGMol: 60.08 },
};
