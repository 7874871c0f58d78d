// One spreadsheet row of an inventory, checked field by field and turned into the material and
// lot it describes. Each problem is a sentence naming the column, so the preview can say why.
import { parseDecimal } from '../../../shared/parse-decimal';
import { parseMaterialKind, STORAGE_CONDITIONS, type StorageCondition } from '../../../shared/materials/kinds';
import { createLotSchema, lotFieldsSchema } from '../../../shared/schemas/lots';
import { materialFieldsSchema } from '../../../shared/schemas/materials';
import { parseQuantityUnit } from '../../../shared/units';
import type { CanonicalColumn } from '../../importers/inventory-columns';
import type { z } from 'zod';

export type InventoryCells = Partial<Record<CanonicalColumn, string>>;

export interface ParsedInventoryRow {
  material: z.output<typeof materialFieldsSchema>;
  /** Everything of the lot but the material's id, which is known only when writing. */
  lot: Omit<z.output<typeof createLotSchema>, 'materialId'>;
}

/** "2026-03-12", "2026/03/12" or "12.03.2026" (day first, as European labs write) -> YYYY-MM-DD. */
export function parseSheetDate(text: string): string | null {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (european) return `${european[3]}-${european[2]!.padStart(2, '0')}-${european[1]!.padStart(2, '0')}`;
  return null;
}

function parseStorage(text: string): StorageCondition | null | undefined {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (STORAGE_CONDITIONS as readonly string[]).includes(key) ? (key as StorageCondition) : undefined;
}

function describeZodIssues(error: z.ZodError, columnOf: Record<string, CanonicalColumn>): string[] {
  return error.issues.map((issue) => `${columnOf[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`);
}

export function parseInventoryRow(cells: InventoryCells): { ok: true; row: ParsedInventoryRow } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const text = (column: CanonicalColumn) => cells[column]?.trim() ?? '';
  const number = (column: CanonicalColumn): number | null => {
    const raw = text(column);
    if (raw === '') return null;
    const value = parseDecimal(raw);
    if (value === null) reasons.push(`${column}: "${raw}" is not a number`);
    return value;
  };
  const date = (column: CanonicalColumn): string | null => {
    const raw = text(column);
    if (raw === '') return null;
    const value = parseSheetDate(raw);
    if (value === null) reasons.push(`${column}: "${raw}" is not a date; write it as YYYY-MM-DD`);
    return value;
  };

  const kindText = text('kind');
  const kind = parseMaterialKind(kindText);
  if (kindText === '') reasons.push('kind: empty; use e.g. lithium_salt, cathode_active, binder');
  else if (kind === null) reasons.push(`kind: "${kindText}" is not a material kind; use e.g. lithium_salt, cathode_active, binder`);
  const unitText = text('unit');
  const unit = parseQuantityUnit(unitText);
  if (unit === null) reasons.push(`unit: "${unitText}" is not one of mg, g, kg, mL, L, pieces, cm2`);
  const storageText = text('storage');
  const storage = storageText === '' ? null : parseStorage(storageText);
  if (storage === undefined) reasons.push(`storage: "${storageText}" is not glovebox, dry room or air`);
  const quantity = number('quantity');
  if (text('quantity') === '') reasons.push('quantity: empty');
  const molarMass = number('molar_mass');

  const materialInput = {
    name: text('name'),
    kind: kind ?? 'other',
    formula: text('formula') || null,
    molarMassOverride: molarMass === null || text('formula') ? null : { valueGMol: molarMass, reason: 'from the inventory spreadsheet (no formula given)' },
    densityGCm3: number('density'),
    d50Um: number('d50'),
    specificCapacityMAhG: number('specific_capacity'),
    casNumber: text('cas') || null,
    supplier: text('supplier') || null,
    storage: storage ?? null,
  };
  const lotInput = {
    lotNumber: text('lot'),
    supplier: text('supplier') || null,
    receivedOn: date('received'),
    openedOn: date('opened'),
    expiresOn: date('expires'),
    lowStockThreshold: number('threshold'),
    locationPath: text('location') || null,
    notes: text('notes') || null,
    quantity: quantity ?? 0,
    unit: unit ?? 'g',
  };
  const material = materialFieldsSchema.safeParse(materialInput);
  if (!material.success) {
    reasons.push(...describeZodIssues(material.error, { name: 'name', formula: 'formula', densityGCm3: 'density', d50Um: 'd50', specificCapacityMAhG: 'specific_capacity', casNumber: 'cas', supplier: 'supplier', molarMassOverride: 'molar_mass' }));
  }
  const lot = lotFieldsSchema.extend({ quantity: createLotSchema.shape.quantity, unit: createLotSchema.shape.unit }).safeParse(lotInput);
  if (!lot.success && quantity !== null) {
    reasons.push(...describeZodIssues(lot.error, { lotNumber: 'lot', receivedOn: 'received', openedOn: 'opened', expiresOn: 'expires', lowStockThreshold: 'threshold', locationPath: 'location', notes: 'notes', quantity: 'quantity' }));
  } else if (!lot.success) {
    reasons.push(...describeZodIssues(lot.error, { lotNumber: 'lot' }).filter((reason) => reason.startsWith('lot:')));
  }
  const unique = [...new Set(reasons)];
  if (unique.length > 0 || !material.success || !lot.success) return { ok: false, reasons: unique };
  return { ok: true, row: { material: material.data, lot: lot.data } };
}
