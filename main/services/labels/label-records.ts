// What a label shows for each record (its code, name and date), read from the notebook, and the
// records a code or a Cellbook link names, for the search box (a scanned label) and the CLI.
import { CellbookError } from '../../../shared/api-error';
import { localIsoDate } from '../../../shared/dates';
import { parseCellbookLink, printedCode, type LabelKind, type RecordCode } from '../../../shared/labels/cellbook-link';
import type { ServiceContext } from '../context';

export interface LabelRecord {
  kind: LabelKind;
  id: number;
  /** Where the record opens: a cell opens on its build's page. */
  buildId: number | null;
  ref: RecordCode;
  name: string;
  date: string | null;
}

const dayOf = (value: string | null) => (value === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : localIsoDate(new Date(value)));
const CONFIGURATION_WORDS: Record<string, string> = { single_sided: 'single-sided', double_sided: 'double-sided' };
// Active records come before archived ones of the same code, then the oldest first.
const ORDER = 'ORDER BY archived_at IS NOT NULL, id';

type LotRow = { id: number; lot_number: string; material: string; supplier: string | null; received_on: string | null; created_at: string };
type BatchRow = { id: number; code: string; recipe: string; version: number; started_at: string };
type BuildRow = { id: number; name: string; configuration: string; operator: string | null; built_on: string | null; created_at: string };
type CellRow = { id: number; build_id: number; label: string; build: string; status: string; assembled_at: string | null; created_at: string };

const LOT_SQL = 'SELECT lots.id, lot_number, materials.name AS material, lots.supplier, received_on, lots.created_at, lots.archived_at FROM lots JOIN materials ON materials.id = lots.material_id';
const BATCH_SQL = 'SELECT batches.id, code, recipes.name AS recipe, recipe_versions.version, started_at, batches.archived_at FROM batches JOIN recipe_versions ON recipe_versions.id = batches.recipe_version_id JOIN recipes ON recipes.id = recipe_versions.recipe_id';
const BUILD_SQL = 'SELECT id, name, configuration, operator, built_on, created_at, archived_at FROM builds';
const CELL_SQL = 'SELECT cells.id, cells.build_id, label, builds.name AS build, status, assembled_at, cells.created_at, cells.archived_at FROM cells JOIN builds ON builds.id = cells.build_id';

const lotRecord = (row: LotRow): LabelRecord => ({ kind: 'lot', id: row.id, buildId: null, ref: { kind: 'lot', code: row.lot_number }, name: row.supplier ? `${row.material} (${row.supplier})` : row.material, date: dayOf(row.received_on ?? row.created_at) });
const batchRecord = (row: BatchRow): LabelRecord => ({ kind: 'batch', id: row.id, buildId: null, ref: { kind: 'batch', code: row.code }, name: `${row.recipe} v${row.version}`, date: dayOf(row.started_at) });
const buildRecord = (row: BuildRow): LabelRecord => ({ kind: 'build', id: row.id, buildId: row.id, ref: { kind: 'build', code: row.name }, name: [CONFIGURATION_WORDS[row.configuration] ?? row.configuration, row.operator].filter(Boolean).join(', '), date: dayOf(row.built_on ?? row.created_at) });
const cellRecord = (row: CellRow): LabelRecord => ({ kind: 'cell', id: row.id, buildId: row.build_id, ref: { kind: 'cell', build: row.build, cell: row.label }, name: `cell ${row.label} of ${row.build}`, date: dayOf(row.assembled_at ?? row.created_at) });

/** The label facts of one record by its id; an unknown id is a not_found sentence. */
export function labelRecord(ctx: ServiceContext, kind: LabelKind, id: number): LabelRecord {
  const db = ctx.notebook.db;
  const found =
    kind === 'lot' ? (db.prepare(`${LOT_SQL} WHERE lots.id = ?`).get(id) as LotRow | undefined)
    : kind === 'batch' ? (db.prepare(`${BATCH_SQL} WHERE batches.id = ?`).get(id) as BatchRow | undefined)
    : kind === 'build' ? (db.prepare(`${BUILD_SQL} WHERE id = ?`).get(id) as BuildRow | undefined)
    : (db.prepare(`${CELL_SQL} WHERE cells.id = ?`).get(id) as CellRow | undefined);
  if (!found) throw new CellbookError('not_found', `there is no ${kind} with id ${id} in this notebook`);
  if (kind === 'lot') return lotRecord(found as LotRow);
  if (kind === 'batch') return batchRecord(found as BatchRow);
  if (kind === 'build') return buildRecord(found as BuildRow);
  return cellRecord(found as CellRow);
}

/** Every record the code names (codes compare without case): a lot number may recur across materials. */
export function recordsByCode(ctx: ServiceContext, ref: RecordCode): LabelRecord[] {
  const db = ctx.notebook.db;
  if (ref.kind === 'lot') return (db.prepare(`${LOT_SQL} WHERE lot_number = ? COLLATE NOCASE ORDER BY lots.archived_at IS NOT NULL, lots.id`).all(ref.code) as LotRow[]).map(lotRecord);
  if (ref.kind === 'batch') return (db.prepare(`${BATCH_SQL} WHERE code = ? COLLATE NOCASE ORDER BY batches.archived_at IS NOT NULL, batches.id`).all(ref.code) as BatchRow[]).map(batchRecord);
  if (ref.kind === 'build') return (db.prepare(`${BUILD_SQL} WHERE name = ? COLLATE NOCASE ${ORDER}`).all(ref.code) as BuildRow[]).map(buildRecord).slice(0, 1);
  const rows = db.prepare(`${CELL_SQL} WHERE builds.name = ? COLLATE NOCASE AND label = ? COLLATE NOCASE ORDER BY builds.archived_at IS NOT NULL, cells.archived_at IS NOT NULL, cells.id`).all(ref.build, ref.cell) as CellRow[];
  return rows.map(cellRecord).slice(0, 1);
}

/**
 * The records a typed text names exactly: a Cellbook link (from a scanned QR code), else a bare
 * code of any kind (batch code, lot number, build name, or "<build>/<cell>" as printed on a cell's label).
 */
export function findRecordsByText(ctx: ServiceContext, text: string): LabelRecord[] {
  const link = parseCellbookLink(text);
  if (link) return recordsByCode(ctx, link);
  const code = text.trim();
  if (code === '') return [];
  const slash = code.lastIndexOf('/');
  const cell = slash > 0 && slash < code.length - 1 ? recordsByCode(ctx, { kind: 'cell', build: code.slice(0, slash), cell: code.slice(slash + 1) }) : [];
  const all = [...recordsByCode(ctx, { kind: 'batch', code }), ...recordsByCode(ctx, { kind: 'lot', code }), ...recordsByCode(ctx, { kind: 'build', code }), ...cell];
  return all.filter((record) => printedCode(record.ref).toLowerCase() === code.toLowerCase());
}
