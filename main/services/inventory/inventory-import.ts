// Imports materials and lots from an inventory spreadsheet. The plan says, row by row, what
// would be created, what is already there and what is wrong, before anything is written; the
// import then writes the accepted rows in one transaction, re-checking each one.
import { CellbookError } from '../../../shared/api-error';
import { localIsoDate } from '../../../shared/dates';
import { molarMass } from '../../../shared/chemistry/formula';
import type { ImportRowPlan, InventoryImportPreview, InventoryImportResult } from '../../../shared/schemas/inventory-import';
import { readInventorySheet } from '../../importers/inventory-sheet';
import type { ServiceContext } from '../context';
import { parseInventoryRow, type ParsedInventoryRow } from './inventory-row';
import { createLot } from './lots';
import { createMaterial } from './materials';

interface ExistingMaterial {
  id: number;
  name: string;
  kind: string;
  formula: string | null;
}

interface PlannedRow extends ImportRowPlan {
  parsed: ParsedInventoryRow | null;
}

function sameFormula(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) return true;
  try {
    return Math.abs(molarMass(a) - molarMass(b)) < 1e-6;
  } catch {
    return false;
  }
}

async function planRows(ctx: ServiceContext, fileName: string, bytes: Uint8Array): Promise<{ preview: Omit<InventoryImportPreview, 'rows'>; rows: PlannedRow[] }> {
  const sheet = await readInventorySheet(fileName, bytes);
  const { db } = ctx.notebook;
  const materials = new Map(
    (db.prepare('SELECT id, name, kind, formula FROM materials WHERE archived_at IS NULL').all() as ExistingMaterial[]).map((m) => [m.name.toLowerCase(), m]),
  );
  const lotExists = db.prepare('SELECT 1 FROM lots WHERE material_id = ? AND lot_number = ? COLLATE NOCASE');
  const today = localIsoDate(ctx.writer.now());
  const seen = new Map<string, number>();
  const newMaterials = new Map<string, ParsedInventoryRow['material']>();

  const rows = sheet.rows.map(({ line, cells }): PlannedRow => {
    const base = { line, materialName: cells.name?.trim() ?? '', lotNumber: cells.lot?.trim() ?? '', quantityText: `${cells.quantity ?? ''} ${cells.unit ?? ''}`.trim(), createsMaterial: false };
    const parsed = parseInventoryRow(cells);
    if (!parsed.ok) return { ...base, status: 'invalid', reasons: parsed.reasons, parsed: null };
    const { material, lot } = parsed.row;
    const reasons: string[] = [];
    if (lot.receivedOn !== null && lot.receivedOn > today) reasons.push(`received: ${lot.receivedOn} is in the future (today is ${today})`);
    if (lot.openedOn !== null && lot.openedOn > today) reasons.push(`opened: ${lot.openedOn} is in the future (today is ${today})`);
    const key = material.name.toLowerCase();
    const existing = materials.get(key);
    const earlier = newMaterials.get(key);
    const known = existing ?? (earlier ? { kind: earlier.kind, formula: earlier.formula } : undefined);
    if (known && known.kind !== material.kind) reasons.push(`kind: ${material.name} is already recorded as ${known.kind}, not ${material.kind}`);
    if (known && !sameFormula(known.formula, material.formula)) reasons.push(`formula: ${material.name} is already recorded with formula ${known.formula}, not ${material.formula}`);
    if (reasons.length > 0) return { ...base, status: 'invalid', reasons, parsed: null };

    const lotKey = `${key}\u0000${lot.lotNumber.toLowerCase()}`;
    const firstLine = seen.get(lotKey);
    if (firstLine !== undefined) return { ...base, status: 'duplicate', reasons: [`same material and lot number as line ${firstLine}`], parsed: null };
    seen.set(lotKey, line);
    if (existing && lotExists.get(existing.id, lot.lotNumber)) {
      return { ...base, status: 'duplicate', reasons: [`lot ${lot.lotNumber} of ${existing.name} is already in the notebook`], parsed: null };
    }
    if (!existing && !earlier) newMaterials.set(key, material);
    return { ...base, status: 'create', createsMaterial: !existing && !earlier, reasons: [], parsed: parsed.row };
  });

  const count = (status: ImportRowPlan['status']) => rows.filter((row) => row.status === status).length;
  return { preview: { format: sheet.format, counts: { create: count('create'), duplicate: count('duplicate'), invalid: count('invalid') }, warnings: sheet.warnings }, rows };
}

export async function previewInventoryImport(ctx: ServiceContext, fileName: string, bytes: Uint8Array): Promise<InventoryImportPreview> {
  const { preview, rows } = await planRows(ctx, fileName, bytes);
  return { ...preview, rows: rows.map(({ parsed: _parsed, ...row }) => row) };
}

export interface InventoryImportOptions {
  /** Lines to import; omitted means every row that would be created. */
  acceptLines?: readonly number[];
  /** Refuse the whole file when any row is invalid (the CLI's default). */
  strict?: boolean;
  /** Run once the file has been read and its chosen rows checked, just before anything is written
   * (the window's automatic backup), so a refused file leaves nothing behind, not even a backup. */
  beforeWrite?: () => Promise<unknown>;
}

export async function importInventory(ctx: ServiceContext, fileName: string, bytes: Uint8Array, options: InventoryImportOptions = {}): Promise<InventoryImportResult> {
  const { rows } = await planRows(ctx, fileName, bytes);
  const invalid = rows.filter((row) => row.status === 'invalid');
  if (options.strict && invalid.length > 0) {
    const list = invalid.map((row) => `line ${row.line}: ${row.reasons.join('; ')}`).join('\n');
    throw new CellbookError('validation', `${fileName}: ${invalid.length} invalid row(s); nothing was imported\n${list}`);
  }
  const accepted = options.acceptLines ? new Set(options.acceptLines) : null;
  const chosen = rows.filter((row) => (accepted ? accepted.has(row.line) : row.status === 'create'));
  const notCreatable = chosen.filter((row) => row.status !== 'create');
  if (notCreatable.length > 0) {
    const list = notCreatable.map((row) => `line ${row.line} (${row.status}: ${row.reasons.join('; ')})`).join(', ');
    throw new CellbookError('conflict', `${fileName}: these rows can no longer be imported: ${list}; nothing was imported`);
  }
  const unknownLines = accepted ? [...accepted].filter((line) => !rows.some((row) => row.line === line)) : [];
  if (unknownLines.length > 0) throw new CellbookError('validation', `${fileName} has no data row at line ${unknownLines.join(', ')}`);

  if (chosen.length > 0) await options.beforeWrite?.();
  let createdMaterials = 0;
  ctx.notebook.db.transaction(() => {
    const materialIds = new Map<string, number>();
    for (const row of chosen) {
      const parsed = row.parsed as ParsedInventoryRow;
      const key = parsed.material.name.toLowerCase();
      let materialId = materialIds.get(key);
      if (materialId === undefined) {
        const existing = ctx.notebook.db.prepare('SELECT id FROM materials WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(parsed.material.name) as { id: number } | undefined;
        materialId = existing?.id ?? createMaterial(ctx, parsed.material, { emit: false }).id;
        if (!existing) createdMaterials += 1;
        materialIds.set(key, materialId);
      }
      createLot(ctx, { ...parsed.lot, materialId }, { emit: false });
    }
  })();
  ctx.emit({ type: 'changed', tables: ['materials', 'lots'] });
  const chosenLines = new Set(chosen.map((row) => row.line));
  return { createdMaterials, createdLots: chosen.length, skippedLines: rows.filter((row) => !chosenLines.has(row.line)).map((row) => row.line) };
}
