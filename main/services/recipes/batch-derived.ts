// The gel calculator on what was actually weighed: the electrolyte's mol% from the salt and
// medium masses, TEOS and acid as taken, the precursor mixture as added, the dry mass at the end.
import { calculateSolgel, type SolgelInput, type SolgelResult } from '../../../shared/chemistry/solgel';
import { convertQuantity, type QuantityUnit } from '../../../shared/units';

export interface ActualAmount {
  key: string;
  amount: number | null;
  unit: QuantityUnit | null;
}

function amountIn(actuals: readonly ActualAmount[], key: string, unit: QuantityUnit, densityGMl: number | null | undefined): number | null {
  const actual = actuals.find((entry) => entry.key === key);
  if (!actual || actual.amount === null || actual.unit === null) return null;
  const converted = convertQuantity(actual.amount, actual.unit, unit, densityGMl);
  return converted.ok ? converted.value : null;
}

export function solgelFromActuals(planned: SolgelInput, actuals: readonly ActualAmount[], measured: SolgelInput['measured']): SolgelInput | null {
  const saltG = amountIn(actuals, 'salt', 'g', null);
  const mediumG = amountIn(actuals, 'medium', 'g', planned.medium.densityGMl);
  const precursorMl = amountIn(actuals, 'precursor', 'mL', planned.precursor.densityGMl);
  const acidMl = amountIn(actuals, 'acid', 'mL', planned.acid.solutionDensityGMl ?? planned.acid.densityGMl);
  const mixG = amountIn(actuals, 'precursor_mix', 'g', null);
  if (saltG === null || mediumG === null || precursorMl === null || acidMl === null || mixG === null) return null;
  const saltMol = saltG / planned.salt.molarMassGMol;
  const mediumMol = mediumG / planned.medium.molarMassGMol;
  return {
    ...planned,
    saltMolPct: (100 * saltMol) / (saltMol + mediumMol),
    electrolyteG: saltG + mediumG,
    precursor: { ...planned.precursor, volumeMl: precursorMl, massG: null },
    acid: { ...planned.acid, volumeMl: acidMl },
    precursorUsedG: mixG,
    measured,
  };
}

export function actualSolgelResult(planned: SolgelInput, actuals: readonly ActualAmount[], measured: SolgelInput['measured']): SolgelResult | null {
  const input = solgelFromActuals(planned, actuals, measured);
  return input ? calculateSolgel(input) : null;
}
