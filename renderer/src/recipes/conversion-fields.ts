// Two number fields that stand for one quantity (mol% and wt% of a salt; molarity and solute
// mass): the one typed into last is kept as typed, and the other is computed from it, so
// changing a substance or the volume recomputes the other field instead of both drifting apart.
import { molarityOf, molPctToWtPct, soluteMassG, wtPctToMolPct } from '../../../shared/chemistry/conversions';
import { formatSignificant } from '../../../shared/format/quantity';

/** A number field's value as Mantine gives it: a number, or the text while it is empty or half typed. */
export type FieldValue = number | string;

/** The field typed into last, and what was typed. */
export interface LinkedEntry<F extends string> {
  field: F;
  value: FieldValue;
}

export interface LinkedFields<F extends string, E extends string = F> {
  values: Record<F, FieldValue>;
  /** What is wrong with the input, on the field to show it on. */
  error: { field: E; message: string } | null;
}

export type MixtureField = 'molPct' | 'wtPct';
export type SolutionField = 'molarity' | 'massG';

export function readNumber(value: FieldValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * A computed value for a number field, rounded to 4 significant digits. A number rather than
 * text: NumberInput rewrites text on blur, which would make tabbing through a computed field
 * look like typing into it.
 */
function shown(value: number): number {
  return Number(formatSignificant(value, 4));
}

function linked<F extends string>(entry: LinkedEntry<F>, other: F, computed: number | null): Record<F, FieldValue> {
  return { [entry.field]: entry.value, [other]: computed === null ? '' : shown(computed) } as Record<F, FieldValue>;
}

/** mol% and wt% of a salt in salt + medium; null molar masses (unresolved substances) leave the other field empty. */
export function mixtureFields(entry: LinkedEntry<MixtureField>, saltMolarMass: number | null, mediumMolarMass: number | null): LinkedFields<MixtureField> {
  const other: MixtureField = entry.field === 'molPct' ? 'wtPct' : 'molPct';
  const pct = readNumber(entry.value);
  if (pct !== null && (pct < 0 || pct > 100)) {
    return { values: linked(entry, other, null), error: { field: entry.field, message: `between 0 and 100 ${entry.field === 'molPct' ? 'mol%' : 'wt%'}` } };
  }
  if (pct === null || saltMolarMass === null || mediumMolarMass === null) return { values: linked(entry, other, null), error: null };
  const convert = entry.field === 'molPct' ? molPctToWtPct : wtPctToMolPct;
  return { values: linked(entry, other, convert(pct, saltMolarMass, mediumMolarMass)), error: null };
}

/** Molarity and solute mass of a solution of `volumeMl`; the volume must be above 0. */
export function solutionFields(
  entry: LinkedEntry<SolutionField>,
  volumeMl: FieldValue,
  soluteMolarMass: number | null,
): LinkedFields<SolutionField, SolutionField | 'volumeMl'> {
  const other: SolutionField = entry.field === 'molarity' ? 'massG' : 'molarity';
  const amount = readNumber(entry.value);
  const volume = readNumber(volumeMl);
  if (volume !== null && volume <= 0) return { values: linked(entry, other, null), error: { field: 'volumeMl', message: 'must be above 0 mL' } };
  if (amount !== null && amount < 0) {
    return { values: linked(entry, other, null), error: { field: entry.field, message: `must be 0 ${entry.field === 'molarity' ? 'mol/L' : 'g'} or more` } };
  }
  if (amount === null || volume === null || soluteMolarMass === null) return { values: linked(entry, other, null), error: null };
  const computed = entry.field === 'molarity' ? soluteMassG(amount, volume, soluteMolarMass) : molarityOf(amount, volume, soluteMolarMass);
  return { values: linked(entry, other, computed), error: null };
}
