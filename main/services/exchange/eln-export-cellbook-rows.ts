// What lets Cellbook rebuild its own records from its .eln export: beside each record's Dataset,
// a `cellbook-record.json` File (declared in the crate as conforming to Cellbook's record format)
// holding the record's rows as the notebook keeps them, with the rows it owns (a build's layers,
// components, cells, pressure windows and acknowledgements; a lot's movements; a batch's
// ingredients and steps; a test's files, cycle points and summaries; a plan's steps) and the
// small records they name (a lot's location, a step's press and die, a version's recipe). Other
// notebooks read the Dataset's metadata; Cellbook reads these rows, so nothing is lost.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/query';
import type { ServiceContext } from '../context';
import { FOLDER_OF, type ElnFile, type ElnRecord, type RecordTable } from './eln-export-dataset';

export const CELLBOOK_RECORD_FILE = 'cellbook-record.json';
export const CELLBOOK_RECORD_FORMAT = 'cellbook-record';
export const CELLBOOK_RECORD_FORMAT_VERSION = 1;
/** The crate entity that describes the format; each cellbook-record.json conformsTo it. */
export const CELLBOOK_RECORD_FORMAT_ID = 'urn:cellbook:record-rows:1';

export type Row = Record<string, unknown>;
export type RowsByTable = Record<string, Row[]>;

export interface CellbookRecordJson {
  format: typeof CELLBOOK_RECORD_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  table: RecordTable;
  id: number;
  rows: RowsByTable;
}

/** Every table a cellbook-record.json may hold rows of; an import refuses any other name. */
export const CELLBOOK_ROW_TABLES: ReadonlySet<string> = new Set([
  'locations', 'materials', 'material_pressure_windows', 'lots', 'lot_movements', 'attachments', 'recipes', 'recipe_versions', 'batches', 'batch_ingredients', 'batch_steps',
  'builds', 'build_layers', 'layer_components', 'cells', 'layer_pressure_windows', 'rule_acknowledgements', 'equipment', 'press_plans', 'press_steps',
  'cycling_tests', 'cycling_files', 'cycle_points', 'cycle_summaries', 'short_circuit_flags',
]);

/** BLOBs (cycle points' typed arrays) travel as base64 inside the JSON. */
const encoded = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : value]));

function rows(db: Db, table: string, where: string, ...params: unknown[]): Row[] {
  return (db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...params) as Row[]).map(encoded);
}

const inList = (ids: readonly unknown[]) => (ids.length === 0 ? 'NULL' : ids.map(() => '?').join(', '));

function attachmentsOf(db: Db, recordTable: string, ids: readonly number[]): Row[] {
  return ids.length === 0 ? [] : rows(db, 'attachments', `record_table = ? AND record_id IN (${inList(ids)}) AND archived_at IS NULL`, recordTable, ...ids.map(String));
}

function locationChain(db: Db, locationId: unknown): Row[] {
  const chain: Row[] = [];
  let next = locationId;
  while (typeof next === 'number' && chain.length < 32) {
    const [row] = rows(db, 'locations', 'id = ?', next);
    if (!row) break;
    chain.push(row);
    next = row.parent_id;
  }
  return chain;
}

const BUNDLES: Record<RecordTable, (db: Db, id: number) => RowsByTable> = {
  materials: (db, id) => ({ materials: rows(db, 'materials', 'id = ?', id), material_pressure_windows: rows(db, 'material_pressure_windows', 'material_id = ?', id), attachments: attachmentsOf(db, 'materials', [id]) }),
  lots: (db, id) => {
    const lot = rows(db, 'lots', 'id = ?', id);
    return { locations: locationChain(db, lot[0]?.location_id), lots: lot, lot_movements: rows(db, 'lot_movements', 'lot_id = ?', id), attachments: attachmentsOf(db, 'lots', [id]) };
  },
  batches: (db, id) => ({ batches: rows(db, 'batches', 'id = ?', id), batch_ingredients: rows(db, 'batch_ingredients', 'batch_id = ?', id), batch_steps: rows(db, 'batch_steps', 'batch_id = ?', id), attachments: attachmentsOf(db, 'batches', [id]) }),
  recipe_versions: (db, id) => {
    const version = rows(db, 'recipe_versions', 'id = ?', id);
    const recipeId = version[0]?.recipe_id as number;
    return { recipes: rows(db, 'recipes', 'id = ?', recipeId), recipe_versions: version, attachments: attachmentsOf(db, 'recipes', [recipeId]) };
  },
  builds: (db, id) => {
    const layers = rows(db, 'build_layers', 'build_id = ?', id);
    const layerIds = layers.map((l) => l.id);
    return {
      builds: rows(db, 'builds', 'id = ?', id),
      build_layers: layers,
      layer_components: layerIds.length === 0 ? [] : rows(db, 'layer_components', `layer_id IN (${inList(layerIds)})`, ...layerIds),
      cells: rows(db, 'cells', 'build_id = ?', id),
      layer_pressure_windows: rows(db, 'layer_pressure_windows', 'build_id = ?', id),
      rule_acknowledgements: rows(db, 'rule_acknowledgements', 'build_id = ?', id),
      attachments: attachmentsOf(db, 'builds', [id]),
    };
  },
  press_plans: (db, id) => {
    const steps = rows(db, 'press_steps', 'plan_id = ?', id);
    const equipmentIds = [...new Set(steps.flatMap((s) => [s.equipment_id, s.die_id]).filter((e): e is number => typeof e === 'number'))];
    return {
      equipment: equipmentIds.length === 0 ? [] : rows(db, 'equipment', `id IN (${inList(equipmentIds)})`, ...equipmentIds),
      press_plans: rows(db, 'press_plans', 'id = ?', id),
      press_steps: steps,
      attachments: attachmentsOf(db, 'press_steps', steps.map((s) => s.id as number)),
    };
  },
  // The original files' bytes are File entries of the same Dataset; their compressed chunks are made again on import.
  cycling_tests: (db, id) => ({
    cycling_tests: rows(db, 'cycling_tests', 'id = ?', id),
    cycling_files: rows(db, 'cycling_files', 'test_id = ?', id),
    cycle_points: rows(db, 'cycle_points', 'test_id = ?', id),
    cycle_summaries: rows(db, 'cycle_summaries', 'test_id = ?', id),
    short_circuit_flags: rows(db, 'short_circuit_flags', 'test_id = ?', id),
  }),
};

/** The record's rows as a File entry of its folder. */
export function cellbookRecordFile(ctx: ServiceContext, table: RecordTable, id: number, folder: string): ElnFile {
  const bundle = BUNDLES[table](ctx.notebook.db, id);
  for (const name of Object.keys(bundle)) if (!CELLBOOK_ROW_TABLES.has(name)) throw new Error(`${name} is not among the tables a Cellbook record may carry`);
  const record: CellbookRecordJson = { format: CELLBOOK_RECORD_FORMAT, formatVersion: CELLBOOK_RECORD_FORMAT_VERSION, schemaVersion: ctx.notebook.schemaVersion, table, id, rows: bundle };
  const bytes = Buffer.from(JSON.stringify(record), 'utf8');
  return { path: `${folder}${CELLBOOK_RECORD_FILE}`, name: CELLBOOK_RECORD_FILE, encodingFormat: 'application/json', sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), source: { kind: 'made', bytes } };
}

/** Each record with its cellbook-record.json added to its files (the table and id read from its folder). */
export function withCellbookRows<G extends Record<string, ElnRecord[]>>(ctx: ServiceContext, groups: G): G {
  const tableOf = new Map(Object.entries(FOLDER_OF).map(([table, folder]) => [folder, table as RecordTable]));
  for (const record of Object.values(groups).flat()) {
    const [folder, id] = record.folder.split('/');
    const table = tableOf.get(folder ?? '');
    if (table) record.files.push(cellbookRecordFile(ctx, table, Number(id), record.folder));
  }
  return groups;
}
