// The columns an inventory spreadsheet may have, and how the header texts researchers actually
// write ("Lot #", "Qty (g)", "Expiry date") are recognised as one of them.

export const REQUIRED_INVENTORY_COLUMNS = ['name', 'kind', 'formula', 'lot', 'quantity', 'unit'] as const;
export const OPTIONAL_INVENTORY_COLUMNS = [
  'supplier',
  'cas',
  'molar_mass',
  'density',
  'd50',
  'specific_capacity',
  'received',
  'opened',
  'expires',
  'location',
  'storage',
  'threshold',
  'notes',
] as const;
export const INVENTORY_COLUMNS = [...REQUIRED_INVENTORY_COLUMNS, ...OPTIONAL_INVENTORY_COLUMNS] as const;
export type CanonicalColumn = (typeof INVENTORY_COLUMNS)[number];

/** The header text a message suggests for each column; every label is itself recognised. */
export const INVENTORY_COLUMN_LABELS: Record<CanonicalColumn, string> = {
  name: 'Name',
  kind: 'Kind',
  formula: 'Formula',
  lot: 'Lot',
  quantity: 'Quantity',
  unit: 'Unit',
  supplier: 'Supplier',
  cas: 'CAS',
  molar_mass: 'Molar mass',
  density: 'Density',
  d50: 'D50',
  specific_capacity: 'Specific capacity',
  received: 'Received',
  opened: 'Opened',
  expires: 'Expires',
  location: 'Location',
  storage: 'Storage',
  threshold: 'Threshold',
  notes: 'Notes',
};

// Written in normalised form (see normalizeHeader); the canonical id and label are added for free.
const SYNONYMS: Record<CanonicalColumn, readonly string[]> = {
  name: ['material', 'material name', 'chemical', 'chemical name', 'product name', 'compound'],
  kind: ['type', 'material type', 'category'],
  formula: ['chemical formula', 'composition'],
  lot: ['lot number', 'lot no', 'lot nr', 'lot #', 'lot id', 'batch', 'batch number', 'batch no', 'batch #', 'batch id'],
  quantity: ['qty', 'amount', 'quantity remaining', 'remaining quantity', 'remaining'],
  unit: ['units', 'uom', 'unit of measure'],
  supplier: ['vendor', 'manufacturer', 'supplier name'],
  cas: ['cas number', 'cas no', 'cas nr', 'cas #', 'cas rn', 'cas registry number'],
  molar_mass: ['mw', 'molecular weight', 'molar weight', 'formula weight', 'fw'],
  density: ['true density'],
  d50: ['d 50', 'particle size', 'median particle size'],
  specific_capacity: ['capacity', 'theoretical capacity'],
  received: ['date received', 'received on', 'received date', 'receipt date', 'arrival date'],
  opened: ['date opened', 'opened on', 'opened date', 'open date', 'first opened'],
  expires: ['expiry', 'expiry date', 'expiration', 'expiration date', 'expires on', 'exp date', 'best before', 'use by'],
  location: ['storage location', 'place', 'position'],
  storage: ['storage conditions', 'storage condition', 'stored under'],
  threshold: ['min quantity', 'minimum quantity', 'min qty', 'min stock', 'minimum stock', 'reorder level', 'reorder point', 'low stock threshold'],
  notes: ['note', 'comment', 'comments', 'remark', 'remarks'],
};

/**
 * Reduces a header to the form the synonym table is written in: lower case, one space between
 * words, no trailing unit such as "(g)", "[g/cm3]" or the physicist's "/ g cm-3", and "No." / "#"
 * spelled alike.
 */
export function normalizeHeader(header: string): string {
  let text = header.toLowerCase().trim().replace(/\s\/\s.*$/, '');
  // A header may carry several unit groups, e.g. "Capacity (theor.) [mAh/g]".
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\s*(\([^()]*\)|\[[^[\]]*\])\s*$/, '');
  }
  return text
    .replace(/#/g, ' # ')
    .replace(/[.:]/g, ' ')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const BY_NORMALIZED_HEADER = new Map<string, CanonicalColumn>(
  INVENTORY_COLUMNS.flatMap((id) =>
    [id, INVENTORY_COLUMN_LABELS[id], ...SYNONYMS[id]].map((text) => [normalizeHeader(text), id] as const),
  ),
);

export function recognizeHeader(header: string): CanonicalColumn | null {
  return BY_NORMALIZED_HEADER.get(normalizeHeader(header)) ?? null;
}

/** "A", "B", ... "Z", "AA" for a 1-based column number, as a spreadsheet shows it. */
export function columnLetter(columnNumber: number): string {
  let letters = '';
  for (let n = columnNumber; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface MappedHeader {
  /** 1-based position in the header row. */
  columnNumber: number;
  header: string;
  column: CanonicalColumn | null;
}

export interface HeaderMapping {
  /** Every non-empty header, in sheet order; unknown ones have `column: null`. */
  headers: MappedHeader[];
  /** Sentences about what was ignored; the import can still go ahead. */
  warnings: string[];
  /** Sentences about what prevents the import (duplicates, missing required columns). */
  errors: string[];
}

/** Maps a header row (cell texts in column order; empty cells allowed) to canonical columns. */
export function mapInventoryHeaders(headerRow: readonly string[]): HeaderMapping {
  const headers: MappedHeader[] = [];
  headerRow.forEach((raw, index) => {
    const header = raw.trim();
    if (header) headers.push({ columnNumber: index + 1, header, column: recognizeHeader(header) });
  });
  const describe = (h: MappedHeader) => `"${h.header}" (column ${columnLetter(h.columnNumber)})`;

  const warnings: string[] = [];
  const unknown = headers.filter((h) => h.column === null);
  if (unknown.length === 1) warnings.push(`ignored column ${describe(unknown[0] as MappedHeader)}, which is not an inventory column`);
  if (unknown.length > 1) warnings.push(`ignored columns ${listing(unknown.map(describe))}, which are not inventory columns`);

  const errors: string[] = [];
  for (const id of INVENTORY_COLUMNS) {
    const same = headers.filter((h) => h.column === id);
    if (same.length > 1) {
      const quantifier = same.length === 2 ? 'both' : 'all';
      errors.push(`columns ${listing(same.map(describe))} ${quantifier} mean ${INVENTORY_COLUMN_LABELS[id]}; keep only one of them`);
    }
  }
  const missing = REQUIRED_INVENTORY_COLUMNS.filter((id) => !headers.some((h) => h.column === id));
  if (missing.length > 0) {
    const list = listing(missing.map((id) => INVENTORY_COLUMN_LABELS[id]));
    errors.push(`missing required ${missing.length === 1 ? 'column' : 'columns'} ${list}`);
  }
  return { headers, warnings, errors };
}

function listing(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
