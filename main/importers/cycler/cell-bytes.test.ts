// The byte way of reading a number (CellBytes) must give exactly what the string way gives
// (parseNumberCell, parseDateTimeCell) for every cell it accepts, and decline the rest.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/cycling/synthetic-random';
import { CellBytes, parseDateTimeCell, parseNumberCell, SIMPLE_EPOCH_SECONDS, SIMPLE_NUMBER } from './cell-values';

const encoder = new TextEncoder();

/** Reads `text` as the cell between two delimiters of a line, as the row reader does. */
function viaBytes(text: string, kind: number, decimalComma = false): number | 'declined' {
  const line = encoder.encode(`7;${text};9`);
  const cell = new CellBytes();
  const ok = cell.read(line, 2, line.length, 59, decimalComma, kind);
  if (!ok) return 'declined';
  expect(line[cell.end] === 59 || cell.end === line.length).toBe(true);
  return cell.value;
}

function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

describe('CellBytes, plain numbers', () => {
  it('gives what Number() gives for 200,000 numbers written as exports write them', () => {
    const next = seededRandom(20261127).uniform;
    const mismatches: string[] = [];
    const declinedShort: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const magnitude = 10 ** Math.floor(next() * 24 - 12);
      const value = (next() - 0.5) * magnitude;
      const form = Math.floor(next() * 6);
      const text =
        form === 0 ? value.toFixed(Math.floor(next() * 12)) :
        form === 1 ? value.toPrecision(1 + Math.floor(next() * 16)) :
        form === 2 ? value.toExponential(Math.floor(next() * 15)) :
        form === 3 ? String(value) :
        form === 4 ? ` ${Math.round(value)} ` :
        String(Math.abs(value)).toUpperCase();
      const bytes = viaBytes(text, SIMPLE_NUMBER);
      if (bytes === 'declined') {
        // Up to 15 digits (below 2^53 as an integer) and a small exponent must go the fast way;
        // longer ones (printed doubles of 17 digits) may be left to Number().
        const digits = text.replace(/e.*$/i, '').replace(/\D/g, '').length;
        const exponent = Math.abs(Number(/e([+-]?\d+)$/i.exec(text)?.[1] ?? 0));
        if (digits <= 15 && exponent <= 7) declinedShort.push(text);
        continue;
      }
      if (!sameNumber(bytes, parseNumberCell(text, false))) mismatches.push(`${text}: ${bytes} vs ${parseNumberCell(text, false)}`);
    }
    expect(mismatches).toEqual([]);
    // Declining is always correct; the point is that the common forms are taken the fast way.
    expect(declinedShort).toEqual([]);
  });

  it('accepts the common forms and declines what only the string way reads', () => {
    for (const text of ['3.4217', '-0.000512', '+12', '.5', '5.', '1e-3', '2.5E+4', '  4.2  ', '0', '-0', '']) {
      const bytes = viaBytes(text, SIMPLE_NUMBER);
      expect(bytes, text).not.toBe('declined');
      expect(sameNumber(bytes as number, parseNumberCell(text, false)), text).toBe(true);
    }
    for (const text of ['144:02:18', '3d 02:11:05', 'NaN', 'Infinity', '0x10', '1e', '-', '1.2.3', '12345678901234567890', '1e400', 'abc']) {
      expect(viaBytes(text, SIMPLE_NUMBER), text).toBe('declined');
    }
  });

  it('reads a decimal comma where the plan says so, as parseNumberCell does', () => {
    for (const text of ['3,4217', '-0,5', '12']) {
      expect(viaBytes(text, SIMPLE_NUMBER, true)).toBe(parseNumberCell(text, true));
    }
  });
});

describe('CellBytes, epoch seconds', () => {
  it('gives what parseDateTimeCell gives for epoch seconds, and declines written dates', () => {
    const next = seededRandom(7).uniform;
    for (let i = 0; i < 20_000; i += 1) {
      const text = (1_500_000_000 + next() * 400_000_000).toFixed(Math.floor(next() * 4));
      expect(viaBytes(text, SIMPLE_EPOCH_SECONDS)).toBe(parseDateTimeCell(text));
    }
    for (const text of ['2022-05-18 16:27:52', '12/11/2020 12:22:12 PM', '12345678', '-1767258000', '1767258000.']) {
      const bytes = viaBytes(text, SIMPLE_EPOCH_SECONDS);
      if (bytes !== 'declined') expect(sameNumber(bytes, parseDateTimeCell(text)), text).toBe(true);
    }
    expect(viaBytes('2022-05-18 16:27:52', SIMPLE_EPOCH_SECONDS)).toBe('declined');
  });
});
