// Binds a header row to canonical fields by name, with the unit each header carries. Each format
// gives its own names (and the unit to assume when a header has none).
import { CellbookError } from '../../../shared/api-error';
import type { CanonicalField, ColumnBinding, ValueKind } from './canonical';
import { splitHeader, unitScale, type Quantity } from './header-units';

export interface FieldRule {
  field: CanonicalField;
  /** Header names (as splitHeader gives them: lower case, single spaces), first match wins. */
  names: readonly string[];
  kind?: ValueKind;
  quantity?: Quantity;
  /** The unit when the header names none (e.g. Arbin's "Current" is in A). */
  defaultUnit?: string;
}

const QUANTITY_OF: Partial<Record<CanonicalField, Quantity>> = {
  time_s: 'time',
  current_A: 'current',
  voltage_V: 'voltage',
  charge_capacity_Ah: 'capacity',
  discharge_capacity_Ah: 'capacity',
  step_capacity_Ah: 'capacity',
  temperature_C: 'temperature',
};

/** Splits a header line and binds what it can; `fileName` only for messages. */
export function bindHeader(headerCells: readonly string[], rules: readonly FieldRule[], fileName: string): { bindings: ColumnBinding[]; notes: string[] } {
  const parts = headerCells.map((cell) => splitHeader(cell));
  const bindings: ColumnBinding[] = [];
  const notes: string[] = [];
  for (const rule of rules) {
    if (bindings.some((binding) => binding.field === rule.field)) continue;
    const index = parts.findIndex((part, i) => rule.names.includes(part.name) && !bindings.some((binding) => binding.index === i));
    if (index < 0) continue;
    const part = parts[index]!;
    const kind = rule.kind ?? 'number';
    const quantity = rule.quantity ?? QUANTITY_OF[rule.field];
    let scale = 1;
    // A duration column's unit scales plain numbers ("Time (h)"); H:MM:SS cells are read as such.
    if ((kind === 'number' || kind === 'duration') && quantity) {
      const unit = part.unit ?? rule.defaultUnit ?? null;
      // "Time (h:min:s.ms)" names the clock format of its cells, which parseDurationCell reads.
      const clock = kind === 'duration' && unit !== null && unit.includes(':');
      const factor = clock ? 1 : unitScale(quantity, unit, 1);
      if (factor === null) throw new CellbookError('validation', `${fileName}: column "${headerCells[index]}" is in "${unit}", which Cellbook does not know for a ${quantity}`);
      scale = factor;
      if (factor !== 1) notes.push(`"${headerCells[index]?.trim()}" is in ${unit}: converted`);
    }
    bindings.push({ field: rule.field, index, header: headerCells[index]!.trim(), kind, scale });
  }
  return { bindings, notes };
}

/** The delimiter of a header line: the one of tab, comma and semicolon it has most of. */
export function guessDelimiter(line: string): string {
  const counts = ['\t', ',', ';'].map((delimiter) => ({ delimiter, count: line.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

/** Decimal commas: a non-comma file whose number cells look like 3,4512 (FORMATS.md 0.3). */
export function usesDecimalComma(dataLines: readonly string[], delimiter: string): boolean {
  if (delimiter === ',') return false;
  let commas = 0;
  let points = 0;
  for (const line of dataLines.slice(0, 50)) {
    for (const cell of line.split(delimiter)) {
      const text = cell.trim();
      if (/^-?\d+,\d+(E[+-]?\d+)?$/i.test(text)) commas += 1;
      else if (/^-?\d+\.\d+(E[+-]?\d+)?$/i.test(text)) points += 1;
    }
  }
  return commas > points;
}
