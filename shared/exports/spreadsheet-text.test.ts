import { describe, expect, it } from 'vitest';
import { csvField, csvLine, escapeSpreadsheetText } from './spreadsheet-text';

describe('spreadsheet text', () => {
  it('keeps every formula-like start as text', () => {
    for (const text of ['=SUM(A1:A3)', '+1', '-1+2', '@cmd', '\tx', '\rx']) expect(escapeSpreadsheetText(text)).toBe(`'${text}`);
    for (const text of ['NCM811', 'a=b', '1-2', '', "'quoted"]) expect(escapeSpreadsheetText(text)).toBe(text);
  });

  it('writes numbers as numbers, negative ones too, and nothing for missing values', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(268.364)).toBe('268.364');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('yes');
  });

  it('quotes text with commas, quotes, line breaks or edge spaces (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvLine(['x', 1, null])).toBe('x,1,\r\n');
  });
});
