import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellbookLink, parseCellbookLink, printedCode, type RecordCode } from './cellbook-link';
import { fitCodeHeightMm } from './label-sheet-html';

const code = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() === text && text !== '');
const ref: fc.Arbitrary<RecordCode> = fc.oneof(
  fc.record({ kind: fc.constantFrom('lot' as const, 'batch' as const, 'build' as const), code }) as fc.Arbitrary<RecordCode>,
  fc.record({ kind: fc.constant('cell' as const), build: code, cell: code }),
);

describe('Cellbook links', () => {
  it('parse back to the record they were made for, whatever the code holds', () => {
    fc.assert(fc.property(ref, (record) => {
      expect(parseCellbookLink(cellbookLink(record))).toEqual(record);
    }));
  });

  it('are plain ASCII a USB scanner can type', () => {
    fc.assert(fc.property(ref, (record) => {
      expect(cellbookLink(record)).toMatch(/^cellbook:\/\/(lot|batch|build|cell)\/[\x21-\x7e]+$/);
    }));
    expect(cellbookLink({ kind: 'lot', code: 'LPSC 2026/01' })).toBe('cellbook://lot/LPSC%202026%2F01');
    expect(printedCode({ kind: 'cell', build: 'Example 1', cell: '#2' })).toBe('Example 1/#2');
  });

  it('refuse what is not a link to one record', () => {
    for (const text of ['LPSC-2026-01', 'https://lot/x', 'cellbook://lot/', 'cellbook://lot/a/b', 'cellbook://cell/a', 'cellbook://material/x', 'cellbook://lot/%E0%A4%A']) expect(parseCellbookLink(text)).toBeNull();
  });

  it('fit the code in large type to the label width', () => {
    expect(fitCodeHeightMm('A1', 40, 7)).toBe(7);
    expect(fitCodeHeightMm('NCM-2026-01', 38.5, 7)).toBeCloseTo(4.6, 5);
    expect(fitCodeHeightMm('x'.repeat(200), 20, 7)).toBe(1.6);
  });
});
