// The one way to change a record: insert, update, archive and restore each write the change and
// its history entry in one transaction. Every record table follows the conventions at the top of
// migrations/0001_init.sql (id, created_at, updated_at, archived_at; never deleted).
import { CellbookError } from '../../shared/api-error';
import { appendHistory } from './history';
import { execute, queryOne, type Db } from './query';
import { sql, sqlId, sqlJoin, type SqlValue } from './sql';

/** Who and when, for every write; services get one from their context. The operator is read
 * before the change, so a change of the operator name is attributed to whoever made it. */
export interface RecordWriter {
  db: Db;
  operator: () => string;
  now: () => Date;
}

type Row = Record<string, unknown>;

function readRow(db: Db, table: string, id: SqlValue): Row | undefined {
  return queryOne<Row>(db, sql`SELECT * FROM ${sqlId(table)} WHERE id = ${id}`);
}

function requireRow(db: Db, table: string, id: SqlValue): Row {
  const row = readRow(db, table, id);
  if (!row) throw new CellbookError('not_found', `${table} record ${String(id)} does not exist`);
  return row;
}

/** Inserts a record (with `id` given, or assigned by SQLite) and returns its id. */
export function insertRecord(writer: RecordWriter, table: string, values: Record<string, SqlValue>): SqlValue {
  return writer.db.transaction(() => {
    const at = writer.now().toISOString();
    const operator = writer.operator();
    const columns = { ...values, created_at: at, updated_at: at };
    const names = Object.keys(columns);
    const result = execute(
      writer.db,
      sql`INSERT INTO ${sqlId(table)} (${sqlJoin(names.map(sqlId))}) VALUES (${sqlJoin(Object.values(columns))})`,
    );
    const id = (values.id ?? result.lastInsertRowid) as SqlValue;
    const after = requireRow(writer.db, table, id);
    appendHistory(writer.db, { table, recordId: String(id), action: 'insert', operator, at, before: null, after });
    return id;
  })();
}

/** Applies `patch`; writes history only when something actually changed. Returns the row after. */
export function updateRecord(writer: RecordWriter, table: string, id: SqlValue, patch: Record<string, SqlValue>): Row {
  return writer.db.transaction(() => {
    const operator = writer.operator();
    const before = requireRow(writer.db, table, id);
    const changed = Object.entries(patch).filter(([column, value]) => before[column] !== value);
    if (changed.length === 0) return before;
    const at = writer.now().toISOString();
    const assignments = [...changed, ['updated_at', at] as const].map(([column, value]) => sql`${sqlId(column)} = ${value}`);
    execute(writer.db, sql`UPDATE ${sqlId(table)} SET ${sqlJoin(assignments)} WHERE id = ${id}`);
    const after = requireRow(writer.db, table, id);
    appendHistory(writer.db, { table, recordId: String(id), action: 'update', operator, at, before, after });
    return after;
  })();
}

function setArchived(writer: RecordWriter, table: string, id: SqlValue, archive: boolean): Row {
  return writer.db.transaction(() => {
    const operator = writer.operator();
    const before = requireRow(writer.db, table, id);
    if ((before.archived_at !== null) === archive) return before;
    const at = writer.now().toISOString();
    execute(writer.db, sql`UPDATE ${sqlId(table)} SET archived_at = ${archive ? at : null}, updated_at = ${at} WHERE id = ${id}`);
    const after = requireRow(writer.db, table, id);
    appendHistory(writer.db, { table, recordId: String(id), action: archive ? 'archive' : 'restore', operator, at, before, after });
    return after;
  })();
}

/** Records leave lists by being archived; they are never deleted, and can be restored. */
export function archiveRecord(writer: RecordWriter, table: string, id: SqlValue): Row {
  return setArchived(writer, table, id, true);
}

export function restoreRecord(writer: RecordWriter, table: string, id: SqlValue): Row {
  return setArchived(writer, table, id, false);
}
