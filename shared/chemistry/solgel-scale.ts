// Scaling a gel batch: every amount times one factor, so ratios (mol%, acid:TEOS, the fraction
// of precursor used) stay as they were. The target is a mass of oxide or of dry composite (with
// no medium lost), the two things a researcher plans for.
import { calculateSolgel, type SolgelInput } from './solgel';

export type ScaleTarget = { oxideG: number } | { compositeG: number };

export function scaleFactorFor(input: SolgelInput, target: ScaleTarget): number {
  const result = calculateSolgel(input);
  if ('oxideG' in target) return target.oxideG / result.oxideMaxG;
  return target.compositeG / (result.oxideMaxG + result.saltG + result.mediumG);
}

export function scaleSolgel(input: SolgelInput, factor: number): SolgelInput {
  return {
    ...input,
    electrolyteG: input.electrolyteG * factor,
    precursor: {
      ...input.precursor,
      volumeMl: input.precursor.volumeMl == null ? input.precursor.volumeMl : input.precursor.volumeMl * factor,
      massG: input.precursor.massG == null ? input.precursor.massG : input.precursor.massG * factor,
    },
    acid: { ...input.acid, volumeMl: input.acid.volumeMl * factor },
    precursorUsedG: input.precursorUsedG * factor,
    measured: null,
  };
}
