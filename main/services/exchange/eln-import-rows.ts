// Puts a Cellbook crate's record rows into this notebook. Every row gets a new id (the file's ids
// belong to the notebook it came from) and every reference is carried over: the foreign keys the
// schema declares (read from SQLite itself, so a new column is followed without a list to keep),
// and the few references it cannot declare (a lot's source batch, a movement's user, an
// attachment's record). A record already here (a material, recipe, press or lot of the same name,
// a batch of the same code, a build of the same name) is used instead of a second copy, and the
// rows it owns are not added to it again. Record rows go through insertRecord, so history shows
// them; cycle points, summaries and files are written as the cycling import writes them.
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { CellbookError } from '../../../shared/api-error';
import { prepareCached, type Db } from '../../db/query';
import { insertRecord } from '../../db/records';
import { storeBlob } from '../attachments';
import type { ServiceContext } from '../context';
import type { Row, RowsByTable } from './eln-export-cellbook-rows';

interface TableInfo {
  columns: Map<string, { notNull: boolean }>;
  /** Declared foreign keys: column → referenced table (all reference an integer id). */
  references: Map<string, string>;
  hasIntegerId: boolean;
  /** Follows the record conventions (id, created_at, updated_at, archived_at): written with history. */
  isRecord: boolean;
}

function tableInfo(db: Db, table: string): TableInfo {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; notnull: number; pk: number; type: string }>;
  if (columns.length === 0) throw new CellbookError('validation', `the file holds rows of "${table}", which this Cellbook does not know; nothing was imported.`);
  const fks = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as Array<{ from: string; table: string; to: string }>;
  const names = new Set(columns.map((c) => c.name));
  return {
    columns: new Map(columns.map((c) => [c.name, { notNull: c.notnull === 1 }])),
    references: new Map(fks.filter((fk) => fk.to === 'id').map((fk) => [fk.from, fk.table])),
    hasIntegerId: columns.some((c) => c.name === 'id' && c.pk === 1 && c.type.toUpperCase() === 'INTEGER'),
    isRecord: ['id', 'created_at', 'updated_at', 'archived_at'].every((n) => names.has(n)),
  };
}

/** References the schema cannot declare: column → the table it points into (fixed, or named by another column). */
const SOFT_REFERENCES: Record<string, Record<string, (row: Row) => string | null>> = {
  lots: { source_batch_id: () => 'batches' },
  lot_movements: { used_by_id: (row) => (typeof row.used_by_table === 'string' ? row.used_by_table : null) },
  attachments: { record_id: (row) => (typeof row.record_table === 'string' ? row.record_table : null) },
};

/** The rows a record owns, by the column naming their owner: skipped when the owner was already here. */
const OWNER: Record<string, string> = {
  material_pressure_windows: 'material_id', lot_movements: 'lot_id', batch_ingredients: 'batch_id', batch_steps: 'batch_id',
  build_layers: 'build_id', layer_components: 'layer_id', layer_pressure_windows: 'build_id', rule_acknowledgements: 'build_id',
  press_steps: 'plan_id', cycling_files: 'test_id', cycle_points: 'test_id', cycle_summaries: 'test_id', short_circuit_flags: 'test_id',
};

/** How a row is recognised as already in the notebook (its columns already carried over), or absent: always new. */
const SAME_AS: Record<string, { where: string; columns: string[] }> = {
  locations: { where: 'ifnull(parent_id, 0) = ifnull(?, 0) AND name = ? COLLATE NOCASE', columns: ['parent_id', 'name'] },
  materials: { where: 'name = ? COLLATE NOCASE AND archived_at IS NULL', columns: ['name'] },
  recipes: { where: 'name = ? COLLATE NOCASE AND archived_at IS NULL', columns: ['name'] },
  recipe_versions: { where: 'recipe_id = ? AND version = ?', columns: ['recipe_id', 'version'] },
  equipment: { where: 'name = ? COLLATE NOCASE AND archived_at IS NULL', columns: ['name'] },
  lots: { where: 'material_id = ? AND lot_number = ? COLLATE NOCASE', columns: ['material_id', 'lot_number'] },
  batches: { where: 'code = ?', columns: ['code'] },
  builds: { where: 'name = ? COLLATE NOCASE AND archived_at IS NULL', columns: ['name'] },
  cells: { where: 'build_id = ? AND label = ?', columns: ['build_id', 'label'] },
  press_plans: { where: 'build_id = ?', columns: ['build_id'] },
  cycling_tests: { where: 'cell_id IS ? AND name = ? AND archived_at IS NULL', columns: ['cell_id', 'name'] },
};

/** Tables so that every table comes after the ones it references (self-references aside). */
function ordered(db: Db, tables: string[]): string[] {
  const out: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (out.includes(table) || path.has(table) || !tables.includes(table)) return;
    path.add(table);
    for (const target of tableInfo(db, table).references.values()) if (target !== table) visit(target, path);
    out.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return out;
}

const decoded = (value: unknown) => (typeof value === 'object' && value !== null && typeof (value as { $base64?: unknown }).$base64 === 'string' ? Buffer.from((value as { $base64: string }).$base64, 'base64') : value);

export interface RowsOutcome {
  /** table → file id → id in this notebook. */
  ids: Map<string, Map<number, number>>;
  /** table → file ids that were already here. */
  matched: Map<string, Set<number>>;
}

/**
 * Matches and (with `write`) inserts `rows`. `bytesBySha` gives the bytes of the crate's files
 * (attachment contents, original cycler files) by SHA-256.
 */
export function putRows(ctx: ServiceContext, rows: RowsByTable, bytesBySha: ReadonlyMap<string, Uint8Array>, write: boolean): RowsOutcome {
  const db = ctx.notebook.db;
  const ids = new Map<string, Map<number, number>>();
  const matched = new Map<string, Set<number>>();
  const skipped = new Map<string, Set<number>>();
  const idsOf = (table: string) => ids.get(table) ?? ids.set(table, new Map()).get(table)!;
  const setOf = (map: Map<string, Set<number>>, table: string) => map.get(table) ?? map.set(table, new Set()).get(table)!;
  const nextId = new Map<string, number>();
  const freshId = (table: string) => {
    const next = nextId.get(table) ?? ((db.prepare(`SELECT max(id) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0) + 1;
    nextId.set(table, next + 1);
    return next;
  };
  // References to rows inserted later in the same transaction (a lot's source batch) are checked at commit.
  if (write) db.pragma('defer_foreign_keys = ON');

  const tables = ordered(db, Object.keys(rows).filter((t) => (rows[t] ?? []).length > 0));
  const pendingSoft: Array<() => void> = [];
  const pending: Array<{ table: string; info: TableInfo; row: Row }> = [];
  for (const table of tables) {
    const info = tableInfo(db, table);
    let tableRows = rows[table] ?? [];
    if (table === 'locations') tableRows = [...tableRows].sort((a, b) => depth(tableRows, a) - depth(tableRows, b));
    for (const original of tableRows) {
      const oldId = typeof original.id === 'number' ? original.id : null;
      const ownerColumn = OWNER[table];
      const ownerTable = ownerColumn ? info.references.get(ownerColumn) : undefined;
      if (ownerColumn && ownerTable && (setOf(matched, ownerTable).has(original[ownerColumn] as number) || setOf(skipped, ownerTable).has(original[ownerColumn] as number))) {
        if (oldId !== null) setOf(skipped, table).add(oldId);
        continue;
      }
      const attachedTo = table === 'attachments' && typeof original.record_table === 'string' ? original.record_table : null;
      if (attachedTo && (setOf(matched, attachedTo).has(Number(original.record_id)) || setOf(skipped, attachedTo).has(Number(original.record_id)))) continue;
      const row: Row = {};
      for (const [column, value] of Object.entries(original)) if (info.columns.has(column)) row[column] = decoded(value);
      for (const [column, target] of info.references) {
        if (row[column] === null || row[column] === undefined) continue;
        const mapped = idsOf(target).get(row[column] as number);
        if (mapped !== undefined) row[column] = mapped;
        else if (!info.columns.get(column)!.notNull) row[column] = null;
        else throw new CellbookError('validation', `a ${table} row of the file refers to ${target} ${String(row[column])}, which the file does not hold; nothing was imported.`);
      }
      const same = SAME_AS[table];
      if (same && oldId !== null) {
        const existing = prepareCached(db, `SELECT id FROM ${table} WHERE ${same.where}`).get(...same.columns.map((c) => row[c])) as { id: number } | undefined;
        if (existing) {
          idsOf(table).set(oldId, existing.id);
          setOf(matched, table).add(oldId);
          continue;
        }
      }
      if (info.hasIntegerId && oldId !== null) {
        row.id = freshId(table);
        idsOf(table).set(oldId, row.id as number);
      }
      // Soft references are carried over once every table has its new ids.
      for (const [column, targetOf] of Object.entries(SOFT_REFERENCES[table] ?? {})) {
        const target = targetOf(row);
        const value = row[column];
        if (value === null || value === undefined) continue;
        if (target === null) {
          row[column] = null;
          continue;
        }
        const holder = row;
        pendingSoft.push(() => {
          const mapped = ids.get(target)?.get(Number(value));
          holder[column] = mapped === undefined ? null : typeof value === 'string' ? String(mapped) : mapped;
        });
      }
      pending.push({ table, info, row });
    }
  }
  for (const resolve of pendingSoft) resolve();
  // An attachment whose record stays behind (not in the file) has nothing to be attached to.
  const kept = pending.filter(({ table, row }) => table !== 'attachments' || row.record_id !== null);
  if (write) for (const { table, info, row } of kept) insertRow(ctx, table, info, row, bytesBySha);
  return { ids, matched };
}

function depth(rows: Row[], row: Row): number {
  let d = 0;
  let at: Row | undefined = row;
  while (at && at.parent_id !== null && at.parent_id !== undefined && d < 32) {
    at = rows.find((r) => r.id === at!.parent_id);
    d++;
  }
  return d;
}

function bytesFor(bytesBySha: ReadonlyMap<string, Uint8Array>, sha256: unknown, what: string): Uint8Array {
  const bytes = typeof sha256 === 'string' ? bytesBySha.get(sha256) : undefined;
  if (!bytes) throw new CellbookError('validation', `${what} (SHA-256 ${String(sha256).slice(0, 12)}…) is named by the file's records but its bytes are not in the .eln; nothing was imported.`);
  return bytes;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

function insertRow(ctx: ServiceContext, table: string, info: TableInfo, row: Row, bytesBySha: ReadonlyMap<string, Uint8Array>): void {
  const db = ctx.notebook.db;
  if (table === 'attachments') storeBlob(ctx, bytesFor(bytesBySha, row.blob_sha256, `the attachment ${String(row.file_name)}`));
  if (info.isRecord) {
    const { created_at: _created, updated_at: _updated, ...values } = row;
    insertRecord(ctx.writer, table, values as Record<string, string | number | bigint | Buffer | null>);
    return;
  }
  const columns = Object.keys(row);
  prepareCached(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c]));
  if (table === 'cycling_files') {
    // The original's bytes come from the crate's File entry; kept compressed as the cycling import keeps them.
    const bytes = bytesFor(bytesBySha, row.sha256, `the cycler file ${String(row.file_name)}`);
    const insert = prepareCached(db, "INSERT INTO cycling_file_chunks (file_id, seq, compressed, codec) VALUES (?, ?, ?, 'brotli')");
    for (let offset = 0, seq = 0; offset < bytes.byteLength || seq === 0; offset += CHUNK_BYTES, seq++) {
      insert.run(row.id, seq, brotliCompressSync(bytes.subarray(offset, offset + CHUNK_BYTES), { params: { [zlib.BROTLI_PARAM_QUALITY]: 0 } }));
      if (bytes.byteLength === 0) break;
    }
  }
}
