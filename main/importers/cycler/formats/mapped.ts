// The generic CSV/TSV importer with the user's own column mapping, and the same mapping saved as a
// named profile: a profile recognises files whose column line is the one it was made from.
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnMapping } from '../../../../shared/schemas/cycling';
import type { ColumnBinding, ValueKind } from '../canonical';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { splitHeader, unitScale, type Quantity } from '../header-units';

const QUANTITY: Partial<Record<ColumnBinding['field'], Quantity>> = {
  time_s: 'time',
  current_A: 'current',
  voltage_V: 'voltage',
  charge_capacity_Ah: 'capacity',
  discharge_capacity_Ah: 'capacity',
  temperature_C: 'temperature',
};

/** A column line reduced to what identifies it: names in lower case, in order. */
export function headerSignature(line: string, delimiter: string): string {
  return line
    .split(delimiter)
    .map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase())
    .join('|');
}

export function mappedPlan(head: FileHead, mapping: ColumnMapping, label: string): TextPlan {
  const headerLine = head.lines[mapping.headerLine];
  if (headerLine === undefined) throw new CellbookError('validation', `${head.fileName}: the mapping names line ${mapping.headerLine + 1} as the column line, but the file is shorter`);
  const headers = headerLine.split(mapping.delimiter);
  const bindings: ColumnBinding[] = mapping.columns.map((column) => {
    const header = headers[column.index]?.trim() ?? `column ${column.index + 1}`;
    const kind: ValueKind = column.field === 'time_s' ? 'duration' : column.field === 'datetime' ? 'datetime' : 'number';
    const quantity = QUANTITY[column.field];
    const unit = column.unit ?? splitHeader(header).unit;
    const scale = quantity ? unitScale(quantity, unit, 1) : 1;
    if (scale === null) throw new CellbookError('validation', `${head.fileName}: "${unit}" is not a unit Cellbook knows for ${quantity} (column "${header}")`);
    return { field: column.field, index: column.index, header, kind, scale };
  });
  return {
    format: 'generic',
    label,
    delimiter: mapping.delimiter,
    decimalComma: mapping.decimalComma,
    dataStartLine: mapping.headerLine + 1,
    bindings,
    currentSign: 'signed',
    notes: [`columns mapped by hand: ${bindings.map((binding) => `"${binding.header}" → ${binding.field}`).join(', ')}`],
  };
}

/** The mapping chosen in the import dialog, for this import only. */
export function mappedFormat(mapping: ColumnMapping): CyclerFormat {
  const label = 'Delimited text (CSV/TSV), columns mapped by hand';
  return { id: 'mapped', label, detect: () => 0, plan: (head) => mappedPlan(head, mapping, label) };
}

/** A saved profile: claims a file whose column line (at any position in the head) matches its signature. */
export function profileFormat(profile: { id: number; name: string; headerSignature: string; mapping: ColumnMapping }): CyclerFormat {
  const label = `Column profile "${profile.name}"`;
  const lineOf = (head: FileHead) => head.lines.findIndex((line) => headerSignature(line, profile.mapping.delimiter) === profile.headerSignature);
  return {
    id: `profile-${profile.id}`,
    label,
    // Above every vendor format: the user said what these exact columns are.
    detect: (head) => (head.container === 'text' && lineOf(head) >= 0 ? 0.97 : 0),
    plan: (head) => mappedPlan(head, { ...profile.mapping, headerLine: Math.max(0, lineOf(head)) }, label),
  };
}
