// A first guess at the column mapping of a delimited file nobody has mapped before, for the user to
// correct: the column line is the first line with several cells followed by a line of numbers.
import type { ColumnMapping } from '../../../shared/schemas/cycling';

export type MappedField = ColumnMapping['columns'][number]['field'];

export const FIELD_LABELS: Record<MappedField, string> = {
  time_s: 'Test time',
  datetime: 'Date-time',
  step: 'Step number',
  cycle: 'Cycle number',
  current_A: 'Current',
  voltage_V: 'Voltage',
  charge_capacity_Ah: 'Charge capacity',
  discharge_capacity_Ah: 'Discharge capacity',
  temperature_C: 'Temperature',
};

const NAME_GUESSES: Array<[RegExp, MappedField]> = [
  [/date|timestamp/i, 'datetime'],
  [/time|zeit|temps/i, 'time_s'],
  [/^(cycle|cyc)/i, 'cycle'],
  [/^step/i, 'step'],
  [/discharge.*cap|dchg.*cap|cap.*dis/i, 'discharge_capacity_Ah'],
  [/charge.*cap|chg.*cap|cap.*ch/i, 'charge_capacity_Ah'],
  [/^(i\b|current|strom|curr)/i, 'current_A'],
  [/^(u\b|v\b|volt|potential|spannung|e\s*cell|ewe)/i, 'voltage_V'],
  [/temp/i, 'temperature_C'],
];

const DELIMITERS = [',', ';', '\t'] as const;

export function splitCells(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '').trim());
}

const isNumeric = (cell: string) => /^-?\d+([.,]\d+)?([eE][+-]?\d+)?$/.test(cell.trim());

export function guessMapping(lines: readonly string[]): ColumnMapping {
  let best = { headerLine: 0, delimiter: ',' as ColumnMapping['delimiter'] };
  outer: for (let index = 0; index < lines.length - 1; index += 1) {
    for (const delimiter of DELIMITERS) {
      const cells = splitCells(lines[index]!, delimiter);
      const next = splitCells(lines[index + 1]!, delimiter);
      if (cells.length >= 3 && next.length === cells.length && next.filter(isNumeric).length >= 2 && cells.filter(isNumeric).length === 0) {
        best = { headerLine: index, delimiter };
        break outer;
      }
    }
  }
  const headers = splitCells(lines[best.headerLine] ?? '', best.delimiter);
  const data = lines.slice(best.headerLine + 1, best.headerLine + 20).flatMap((line) => splitCells(line, best.delimiter));
  const decimalComma = best.delimiter !== ',' && data.filter((cell) => /^-?\d+,\d+$/.test(cell)).length > data.filter((cell) => /^-?\d+\.\d+$/.test(cell)).length;
  const taken = new Set<MappedField>();
  const columns: ColumnMapping['columns'] = [];
  headers.forEach((header, index) => {
    const guess = NAME_GUESSES.find(([pattern, field]) => pattern.test(header) && !taken.has(field));
    if (!guess) return;
    taken.add(guess[1]);
    columns.push({ field: guess[1], index, unit: null });
  });
  return { headerLine: best.headerLine, delimiter: best.delimiter, decimalComma, columns };
}

/** What a mapping still lacks to be imported: a time (or date-time), the current and the voltage. */
export function missingFields(mapping: ColumnMapping): string[] {
  const has = (field: MappedField) => mapping.columns.some((column) => column.field === field);
  return [
    ...(has('time_s') || has('datetime') ? [] : ['test time or date-time']),
    ...(has('current_A') ? [] : ['current']),
    ...(has('voltage_V') ? [] : ['voltage']),
  ];
}
