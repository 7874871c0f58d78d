import { diffRecords } from '../../shared/history-diff';
import type { HistoryEntry, HistoryPage, HistoryQuery } from '../../shared/schemas/history';
import type { HistoryRow } from '../db/history';
import { queryAll } from '../db/query';
import { sql, SqlFragment, sqlJoin } from '../db/sql';
import type { ServiceContext } from './context';
import { referenceNamer } from './history-references';

function toEntry(row: HistoryRow, nameReferences: ReturnType<typeof referenceNamer>): HistoryEntry {
  const before = row.before_json === null ? null : (JSON.parse(row.before_json) as Record<string, unknown>);
  const after = row.after_json === null ? null : (JSON.parse(row.after_json) as Record<string, unknown>);
  return {
    id: row.id,
    table: row.table_name,
    recordId: row.record_id,
    action: row.action,
    operator: row.operator,
    at: row.at,
    changes: nameReferences(row.table_name, diffRecords(before, after)),
  };
}

export function listHistory(ctx: ServiceContext, query: Required<Pick<HistoryQuery, 'limit'>> & HistoryQuery): HistoryPage {
  const conditions: SqlFragment[] = [];
  if (query.table !== undefined) conditions.push(sql`table_name = ${query.table}`);
  if (query.recordId !== undefined) conditions.push(sql`record_id = ${query.recordId}`);
  if (query.beforeId !== undefined) conditions.push(sql`id < ${query.beforeId}`);
  const where = conditions.length > 0 ? sql`WHERE ${sqlJoin(conditions, ' AND ')}` : new SqlFragment('', []);
  // One row more than asked tells whether an older page exists.
  const rows = queryAll<HistoryRow>(ctx.notebook.db, sql`SELECT * FROM history ${where} ORDER BY id DESC LIMIT ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const nameReferences = referenceNamer(ctx.notebook.db);
  return {
    entries: page.map((row) => toEntry(row, nameReferences)),
    nextBeforeId: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
