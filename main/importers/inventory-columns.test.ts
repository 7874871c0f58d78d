import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMN_LABELS, INVENTORY_COLUMNS, columnLetter, mapInventoryHeaders, normalizeHeader, recognizeHeader } from './inventory-columns';

describe('recognizeHeader', () => {
  it.each([
    ['name', 'name'],
    ['  NAME  ', 'name'],
    ['Material name', 'name'],
    ['material', 'name'],
    ['Lot number', 'lot'],
    ['Lot No.', 'lot'],
    ['lot_no', 'lot'],
    ['Lot #', 'lot'],
    ['Lot#', 'lot'],
    ['Batch', 'lot'],
    ['Qty (g)', 'quantity'],
    ['Amount', 'quantity'],
    ['Units', 'unit'],
    ['CAS-Number', 'cas'],
    ['CAS No.', 'cas'],
    ['cas #', 'cas'],
    ['Date received', 'received'],
    ['received_on', 'received'],
    ['Date-opened', 'opened'],
    ['Opened on', 'opened'],
    ['Expiry', 'expires'],
    ['Expiry date', 'expires'],
    ['Expiration', 'expires'],
    ['Best before', 'expires'],
    ['Molar mass (g/mol)', 'molar_mass'],
    ['molar_mass', 'molar_mass'],
    ['MW', 'molar_mass'],
    ['Molecular weight [g mol-1]', 'molar_mass'],
    ['Density [g/cm3]', 'density'],
    ['D50 (µm)', 'd50'],
    ['Particle size', 'd50'],
    ['Capacity (mAh/g)', 'specific_capacity'],
    ['specific-capacity', 'specific_capacity'],
    ['Specific capacity / mAh g-1', 'specific_capacity'],
    ['Min quantity', 'threshold'],
    ['Reorder level', 'threshold'],
    ['Low stock threshold (g)', 'threshold'],
    ['Comment', 'notes'],
    ['Comments', 'notes'],
    ['Remarks', 'notes'],
    ['Vendor', 'supplier'],
    ['Manufacturer', 'supplier'],
    ['Capacity (theor.) [mAh/g]', 'specific_capacity'],
  ])('%s -> %s', (header, id) => {
    expect(recognizeHeader(header)).toBe(id);
  });

  it('recognises every canonical id and label', () => {
    for (const id of INVENTORY_COLUMNS) {
      expect(recognizeHeader(id)).toBe(id);
      expect(recognizeHeader(INVENTORY_COLUMN_LABELS[id])).toBe(id);
    }
  });

  it('does not guess at unknown headers', () => {
    expect(recognizeHeader('Purity (%)')).toBeNull();
    expect(recognizeHeader('(g)')).toBeNull();
    expect(recognizeHeader('Lot owner')).toBeNull();
  });

  it('normalises spacing, separators and trailing units', () => {
    expect(normalizeHeader('  Lot__No.  [-] ')).toBe('lot no');
  });
});

describe('columnLetter', () => {
  it('counts like a spreadsheet', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('mapInventoryHeaders', () => {
  it('keeps sheet positions, skips empty header cells and maps nothing twice', () => {
    const mapping = mapInventoryHeaders(['Name', '', 'Kind', 'Formula', 'Lot', 'Quantity', 'Unit', 'Colour']);
    expect(mapping.headers.map((h) => [h.columnNumber, h.column])).toEqual([
      [1, 'name'], [3, 'kind'], [4, 'formula'], [5, 'lot'], [6, 'quantity'], [7, 'unit'], [8, null],
    ]);
    expect(mapping.errors).toEqual([]);
    expect(mapping.warnings).toEqual(['ignored column "Colour" (column H), which is not an inventory column']);
  });

  it('names every header of a column given three times', () => {
    const mapping = mapInventoryHeaders(['Name', 'Kind', 'Formula', 'Lot', 'Qty', 'Amount', 'Quantity (g)', 'Unit']);
    expect(mapping.errors).toEqual(['columns "Qty" (column E), "Amount" (column F) and "Quantity (g)" (column G) all mean Quantity; keep only one of them']);
  });

  it('lists a single missing column in the singular', () => {
    expect(mapInventoryHeaders(['Name', 'Kind', 'Formula', 'Lot', 'Quantity']).errors).toEqual(['missing required column Unit']);
  });
});
