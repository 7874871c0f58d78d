// How far what was taken strays from the plan, and when that needs a reason. A batch's tolerance
// (2 % for masses by default, set when the batch is started) is the line: beyond it the record
// must say why, before it is recorded, so the batch's record explains every deviation.
import { formatPercent, formatQuantity } from '../format/quantity';
import { convertQuantity, type QuantityUnit } from '../units';

export interface PlannedAndActual {
  plannedAmount: number | null;
  plannedUnit: QuantityUnit;
  actualAmount: number;
  actualUnit: QuantityUnit;
  /** Of the material, for mL against g; null when not known. */
  densityGCm3?: number | null;
}

/** (actual − planned) / planned in %, compared in the planned unit; null when the two do not convert. */
export function deviationPercent(entry: PlannedAndActual): number | null {
  if (entry.plannedAmount === null || !(entry.plannedAmount > 0) || !Number.isFinite(entry.actualAmount)) return null;
  const converted = convertQuantity(entry.actualAmount, entry.actualUnit, entry.plannedUnit, entry.densityGCm3);
  if (!converted.ok) return null;
  return (100 * (converted.value - entry.plannedAmount)) / entry.plannedAmount;
}

/**
 * The sentence for the deviation-reason field when a reason is needed and missing, else null:
 * "the actual amount is 4.4 % above the planned 10.00 g, beyond the batch's 2 % tolerance; say why".
 */
export function missingDeviationReason(entry: PlannedAndActual, tolerancePct: number, reason: string | null | undefined): string | null {
  const deviation = deviationPercent(entry);
  if (deviation === null || Math.abs(deviation) <= tolerancePct) return null;
  if (reason !== null && reason !== undefined && reason.trim() !== '') return null;
  const planned = formatQuantity(entry.plannedAmount, entry.plannedUnit);
  const direction = deviation > 0 ? 'above' : 'below';
  return `the actual amount is ${formatPercent(Math.abs(deviation), { significant: 2 })} ${direction} the planned ${planned}, beyond the batch's ${formatPercent(tolerancePct)} tolerance; say why before it is recorded`;
}
