// What to weigh and measure for a gel batch, rounded the way the lab's balance and pipettes read.
import { calculateSolgel, type SolgelInput } from './solgel';

/** Balance readability: 0.1 mg (analytical), 1 mg, or 0.01 g (top-loading). */
export const BALANCE_RESOLUTIONS = { '0.1mg': 0.0001, '1mg': 0.001, '0.01g': 0.01 } as const;
export type BalanceResolution = keyof typeof BALANCE_RESOLUTIONS;

export interface WeighItem {
  key: 'salt' | 'medium' | 'precursor' | 'acid' | 'precursor_mix';
  what: string;
  /** Mass to weigh in g, rounded to the balance. */
  massG: number;
  /** Volume to measure for liquids, in mL (0.1 mL above 10 mL, 0.01 mL below). */
  volumeMl: number | null;
  /** Which of the two the step is done by. */
  by: 'mass' | 'volume';
}

export function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

function volumeStep(volumeMl: number): number {
  return volumeMl >= 10 ? 0.1 : 0.01;
}

/**
 * The batch's weigh list. TEOS and acid are listed in the amounts that end up in the precursor
 * mixture used (the recipe's precursor batch times the fraction used), since that is what comes
 * off their lots; a lab that prepares whole precursor batches records what it actually took.
 */
export function weighList(input: SolgelInput, resolution: BalanceResolution): WeighItem[] {
  const step = BALANCE_RESOLUTIONS[resolution];
  const result = calculateSolgel(input);
  const used = result.precursorBatchesUsed;
  const liquid = (massG: number, densityGMl: number | null | undefined) => (densityGMl ? roundTo(massG / densityGMl, volumeStep(massG / densityGMl)) : null);
  const batchPrecursorVolume = input.precursor.volumeMl ?? (input.precursor.densityGMl ? result.precursorG / input.precursor.densityGMl : null);
  const precursorVolume = batchPrecursorVolume === null ? null : batchPrecursorVolume * used;
  const acidVolume = input.acid.volumeMl * used;
  return [
    { key: 'salt', what: input.salt.name, massG: roundTo(result.saltG, step), volumeMl: null, by: 'mass' },
    { key: 'medium', what: input.medium.name, massG: roundTo(result.mediumG, step), volumeMl: liquid(result.mediumG, input.medium.densityGMl), by: 'mass' },
    {
      key: 'precursor',
      what: input.precursor.name,
      massG: roundTo(result.precursorG * used, step),
      volumeMl: precursorVolume === null ? null : roundTo(precursorVolume, volumeStep(precursorVolume)),
      by: input.precursor.volumeMl ? 'volume' : 'mass',
    },
    {
      key: 'acid',
      what: `${input.acid.name}, ${input.acid.molarity} M`,
      massG: roundTo(result.acidSolutionG * used, step),
      volumeMl: roundTo(acidVolume, volumeStep(acidVolume)),
      by: 'volume',
    },
    { key: 'precursor_mix', what: `precursor mixture (${input.precursor.name} + ${input.acid.name})`, massG: roundTo(input.precursorUsedG, step), volumeMl: null, by: 'mass' },
  ];
}
