// The row reader's byte way (a plain line read straight from its bytes, most cells without even a
// call to CellBytes) must give exactly the columns the string way gives (split, then
// parseNumberCell per cell) for every line shape an export writes: signs, exponents, blanks,
// empty cells, decimal commas, more digits than the fast way takes, unbound cells between.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/cycling/synthetic-random';
import type { ColumnBinding } from './canonical';
import type { FileHead, TextPlan } from './format';
import { RowReader } from './row-reader';

const encoder = new TextEncoder();

function planOf(delimiter: string, decimalComma: boolean): TextPlan {
  const binding = (field: ColumnBinding['field'], index: number, scale = 1): ColumnBinding => ({ field, index, header: field, kind: 'number', scale });
  return {
    format: 'test',
    label: 'test',
    delimiter,
    decimalComma,
    dataStartLine: 0,
    // Cells 0, 2 and 5 are not read; the current is in mA (scaled to A), the last cell is bound.
    bindings: [binding('time_s', 1), binding('current_A', 3, 0.001), binding('voltage_V', 4), binding('charge_capacity_Ah', 6), binding('temperature_C', 7)],
    currentSign: 'signed',
    notes: [],
  };
}

const head: FileHead & { sizeBytes: number } = { fileName: 'rows.csv', firstBytes: new Uint8Array(0), container: 'text', encoding: 'utf-8', lines: [], complete: false, sizeBytes: 1 << 16 };

function readerFor(plan: TextPlan): RowReader {
  const [time, current, voltage] = plan.bindings;
  return new RowReader(plan, head, [current!, voltage!, time!], time!, undefined, head.fileName, { headerLines: 0, expectedRows: 16 });
}

/** A cell as exports write numbers, in one of many forms, some of which only the string way reads. */
function cellText(next: () => number, decimalComma: boolean): string {
  const value = (next() - 0.5) * 10 ** Math.floor(next() * 16 - 8);
  const form = Math.floor(next() * 12);
  const text =
    form === 0 ? value.toExponential(Math.floor(next() * 8)) :
    form === 1 ? ` ${value.toFixed(3)} ` :
    form === 2 ? '' :
    form === 3 ? `+${Math.abs(value).toFixed(2)}` :
    form === 4 ? value.toPrecision(17) :
    form === 5 ? String(Math.round(value)) :
    form === 6 ? '-0.000' :
    form === 7 ? `${Math.abs(value).toFixed(4)}`.replace(/^0/, '') :
    value.toFixed(Math.floor(next() * 12));
  return decimalComma ? text.replace('.', ',') : text;
}

function sameColumns(a: RowReader, b: RowReader): void {
  expect(a.tally).toEqual(b.tally);
  a.columns.forEach((column, i) => {
    const x = Array.from(column.toArray());
    const y = Array.from(b.columns[i]!.toArray());
    expect(x.length).toBe(y.length);
    // Object.is: -0 and 0 differ, NaN equals NaN.
    const differing = x.findIndex((value, row) => !Object.is(value, y[row]));
    expect(differing, `column ${i} row ${differing}: ${x[differing]} vs ${y[differing]}`).toBe(-1);
  });
}

describe('RowReader, bytes against text', () => {
  for (const [delimiter, decimalComma] of [[',', false], [';', true], ['\t', false], ['\t', true]] as const) {
    it(`reads 20,000 lines delimited by ${JSON.stringify(delimiter)}${decimalComma ? ' with decimal commas' : ''} as the string way does`, () => {
      const next = seededRandom(delimiter.charCodeAt(0) * 7 + (decimalComma ? 1 : 0)).uniform;
      const plan = planOf(delimiter, decimalComma);
      const viaBytes = readerFor(plan);
      const viaText = readerFor(plan);
      let time = 0;
      for (let line = 1; line <= 20_000; line += 1) {
        time += next() * 10;
        const cells = [String(line), time.toFixed(3), 'x', cellText(next, decimalComma), cellText(next, decimalComma), 'CC_Chg', cellText(next, decimalComma), cellText(next, decimalComma)];
        // Some lines stop early: the bound cells past their end have no value.
        const text = (next() < 0.02 ? cells.slice(0, 5) : cells).join(delimiter);
        const bytes = encoder.encode(text);
        viaBytes.byteLine(Buffer.from(bytes), 0, bytes.length, line, false, true);
        viaText.stringLine(text, line, false);
      }
      expect(viaBytes.tally.rows).toBeGreaterThan(10_000);
      sameColumns(viaBytes, viaText);
    });
  }
});
