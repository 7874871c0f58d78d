// Currents and voltages no cell tester produces: a cell of -1.79e308 (a float's "no value" written
// as a number) would otherwise integrate to a standard capacity of 5e306 mAh and a grade. Such a
// value is taken as missing (the interval around it counts no charge, cycle-integrals.ts), and the
// report names the line it is on and the value.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CyclerSeries, ReadingColumn } from '../../../shared/cycling/types';
import type { FileHead } from './format';
import { asStored } from './stored-precision';
import { xlsxRows } from './xlsx-rows';

/** Above any cell tester: pack testers reach about 1,000 A and 1,000 V; a cell a few volts. */
export const MAX_TESTER_CURRENT_A = 1e4;
export const MAX_TESTER_VOLTAGE_V = 1e3;

/** The millivolt reading (read-cycler-file.ts) decided on a column whose largest value was impossible. */
const MILLIVOLT_NOTE = /: the voltage column reaches \d+, which no cell does in volts: read as millivolts$/;
const MILLIVOLT_LIMIT_V = 20;

interface Found {
  field: 'current' | 'voltage';
  unit: 'A' | 'V';
  count: number;
  first: number;
}

/** Impossible values in `column` made NaN: their count and the first (±Infinity for one beyond Float32's range, stored-precision.ts). */
function impossibleIn(column: ReadingColumn, limit: number): { count: number; first: number } {
  let count = 0;
  let first = Number.NaN;
  for (let i = 0; i < column.length; i += 1) {
    const value = column[i]!;
    // NaN (an empty cell) is missing already; an infinity is as impossible as any value over the limit.
    if (Math.abs(value) > limit) {
      if (count === 0) first = value;
      count += 1;
      column[i] = Number.NaN;
    }
  }
  return { count, first };
}

/**
 * Replaces impossible currents and voltages in `series` by NaN; returns the warnings, each naming the
 * first line with such a value (`readPath`: the file as read, `head` how). Undoes a millivolt reading
 * that only an impossible voltage caused.
 */
export async function dropImpossibleValues(series: CyclerSeries, notes: string[], head: FileHead, readPath: string): Promise<string[]> {
  const found: Found[] = [];
  const current = impossibleIn(series.currentA, MAX_TESTER_CURRENT_A);
  if (current.count > 0) found.push({ field: 'current', unit: 'A', ...current });
  const millivoltNote = notes.findIndex((note) => MILLIVOLT_NOTE.test(note));
  // Read as millivolts, an impossible value is still 1,000 times over any limit.
  const voltage = impossibleIn(series.voltageV, millivoltNote >= 0 ? MAX_TESTER_VOLTAGE_V / 1000 : MAX_TESTER_VOLTAGE_V);
  if (voltage.count > 0) {
    const scale = millivoltNote >= 0 ? 1000 : 1;
    found.push({ field: 'voltage', unit: 'V', count: voltage.count, first: voltage.first * scale });
    let largest = 0;
    // Indexed loops over whole columns here and below: for-of over a typed array of 5 M values made a
    // few hundred MB of garbage (a boxed value per point) and took ten times as long.
    for (let i = 0; i < series.voltageV.length; i += 1) if (Number.isFinite(series.voltageV[i]!)) largest = Math.max(largest, Math.abs(series.voltageV[i]!));
    if (millivoltNote >= 0 && largest * 1000 <= MILLIVOLT_LIMIT_V) {
      for (let i = 0; i < series.voltageV.length; i += 1) series.voltageV[i] = series.voltageV[i]! * 1000;
      notes.splice(millivoltNote, 1);
    }
  }
  const warnings: string[] = [];
  for (const { field, unit, count, first } of found) {
    const held = await lineHolding(readPath, head, first);
    const where = held === null ? '' : `line ${held.lineNumber}: `;
    const more = count > 1 ? ` (${count} such values in all)` : '';
    // The line's own number: the value read may be an infinity (beyond Float32) or a Float32 rounding of it.
    const value = held?.value ?? first;
    warnings.push(`${where}a ${field} of ${value.toPrecision(3)} ${unit} is beyond what any cell tester produces: taken as missing${more}`);
  }
  return warnings;
}

/**
 * The first line (after the head's data start) with a cell whose number, in some unit scale, reads
 * as `value` does in Float32 (stored-precision.ts), and that number in the unit of `value`.
 */
async function lineHolding(filePath: string, head: FileHead, value: number): Promise<{ lineNumber: number; value: number } | null> {
  let found = Number.NaN;
  const matches = (cell: string) => {
    const number = Number(cell.trim().replace(',', '.'));
    if (!Number.isFinite(number)) return false;
    for (const scale of [1, 1e-3, 1e-6, 1e3]) {
      const stored = asStored(number * scale);
      // Both beyond Float32's range on one side, or the same number within two Float32 roundings
      // (6e-8 each: a millivolt reading is rounded, divided and multiplied back).
      if (stored === value || (Number.isFinite(value) && Math.abs(stored - value) <= Math.abs(value) * 2.5e-7)) {
        found = number * scale;
        return true;
      }
    }
    return false;
  };
  if (head.container === 'xlsx') {
    for await (const { line, lineNumber } of xlsxRows(filePath, head.fileName)) if (line.split('\t').some(matches)) return { lineNumber, value: found };
    return null;
  }
  const lines = createInterface({ input: createReadStream(filePath, head.encoding === 'latin1' ? 'latin1' : 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.split(/[,;\t]/).some(matches)) return { lineNumber, value: found };
    }
  } finally {
    lines.close();
  }
  return null;
}
