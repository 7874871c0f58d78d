// Replays the history against the records: for every record history knows, its current row must
// read exactly as its last history entry recorded it, and every row of a record table must have
// history. A change made behind Cellbook's back (raw SQL on the file) shows here with its table,
// record and field, even when the history chain itself was left alone.
import { fieldLabelText } from '../../shared/history-fields';
import { snapshotJson } from '../db/history';
import type { Db } from '../db/query';
import { analysisSnapshot, ANALYSIS_TABLE, compareAnalysis, type AnalysisSnapshot } from './analysis-history';

export interface RecordMismatch {
  table: string;
  recordId: string;
  /** The field that differs, or null when the whole record is missing or has no history. */
  field: string | null;
  recorded: unknown;
  current: unknown;
  /** The history entry whose state the row was compared with (null: the row has no history). */
  entryId: number | null;
  sentence: string;
}

export interface ReplayVerdict {
  recordsCompared: number;
  /** Every difference found; `mismatches` lists the first MAX_REPORTED of them. */
  mismatchCount: number;
  mismatches: RecordMismatch[];
  /** Cycling tests whose cycle tables were stored before history recorded them (not compared). */
  unrecordedAnalyses: number;
}

/**
 * Fields that a released migration rewrote in place, which history could not record: a record last
 * recorded before that migration was applied may differ there. Keyed by schema version.
 */
const MIGRATION_REWRITES: Record<number, Record<string, string[]>> = {
  8: { cycling_tests: ['import_report_json'], [ANALYSIS_TABLE]: ['rows'] },
};

const MAX_REPORTED = 50;

function tableColumns(db: Db, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>).map((column) => column.name);
}

/** Tables that follow 0001's record conventions (an id, created_at and archived_at). */
export function recordTableNames(db: Db): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return tables.map((table) => table.name).filter((name) => {
    const columns = tableColumns(db, name);
    return columns.includes('id') && columns.includes('created_at') && columns.includes('archived_at');
  });
}

function migrationTimes(db: Db): Array<{ version: number; appliedAt: string }> {
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!ledger) return [];
  return (db.prepare('SELECT version, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all() as Array<{ version: number; appliedAt: string }>);
}

/** Fields a migration applied after `recordedAt` may have changed in `table`. */
function rewrittenSince(migrations: Array<{ version: number; appliedAt: string }>, table: string, recordedAt: string): { fields: Set<string>; anyMigration: boolean } {
  const later = migrations.filter((migration) => migration.appliedAt > recordedAt);
  return { fields: new Set(later.flatMap((migration) => MIGRATION_REWRITES[migration.version]?.[table] ?? [])), anyMigration: later.length > 0 };
}

const shown = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value)?.slice(0, 80) ?? 'absent');

function compareFields(table: string, recordId: string, entryId: number, recorded: Record<string, unknown>, current: Record<string, unknown>, allowance: { fields: Set<string>; anyMigration: boolean }): RecordMismatch[] {
  const mismatches: RecordMismatch[] = [];
  for (const field of new Set([...Object.keys(recorded), ...Object.keys(current)])) {
    if (allowance.fields.has(field)) continue;
    // A column added by a later migration is absent from older snapshots.
    if (!(field in recorded) && allowance.anyMigration) continue;
    const was = recorded[field];
    const now = current[field];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    mismatches.push({
      table,
      recordId,
      field,
      recorded: was,
      current: now,
      entryId,
      sentence: `${table} record ${recordId}: ${fieldLabelText(field)} (${field}) reads ${shown(now)}, but its last history entry (${entryId}) recorded ${shown(was)}; it was changed outside Cellbook`,
    });
  }
  return mismatches;
}

function currentRow(db: Db, table: string, recordId: string): Record<string, unknown> | null {
  if (table === ANALYSIS_TABLE) return analysisSnapshot(db, Number(recordId));
  const row = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" WHERE id = ?`).get(/^-?\d+$/.test(recordId) ? Number(recordId) : recordId) as Record<string, unknown> | undefined;
  if (!row) return null;
  const json = snapshotJson(row);
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

export function replayHistory(db: Db): ReplayVerdict {
  const mismatches: RecordMismatch[] = [];
  const migrations = migrationTimes(db);
  const existing = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => (row as { name: string }).name));
  const known = new Map<string, Set<string>>();
  let recordsCompared = 0;
  // The last entry of each record (history_by_record covers the grouping).
  const lastEntries = db.prepare(
    `SELECT h.id, h.table_name, h.record_id, h.at, h.after_json FROM history h
     JOIN (SELECT max(id) AS id FROM history GROUP BY table_name, record_id) last ON last.id = h.id`,
  ).iterate() as IterableIterator<{ id: number; table_name: string; record_id: string; at: string; after_json: string | null }>;
  for (const entry of lastEntries) {
    if (!existing.has(entry.table_name) && entry.table_name !== ANALYSIS_TABLE) continue; // 'notebook': restores and other events, not rows
    if (!known.has(entry.table_name)) known.set(entry.table_name, new Set());
    known.get(entry.table_name)!.add(entry.record_id);
    if (entry.after_json === null) continue;
    recordsCompared += 1;
    const recorded = JSON.parse(entry.after_json) as Record<string, unknown>;
    const current = currentRow(db, entry.table_name, entry.record_id);
    if (current === null) {
      mismatches.push({ table: entry.table_name, recordId: entry.record_id, field: null, recorded, current: null, entryId: entry.id, sentence: `${entry.table_name} record ${entry.record_id} is gone, but records are never deleted (history entry ${entry.id} recorded it last); it was deleted outside Cellbook` });
      continue;
    }
    const allowance = rewrittenSince(migrations, entry.table_name, entry.at);
    if (entry.table_name === ANALYSIS_TABLE) {
      if (allowance.fields.has('rows')) continue;
      const found = compareAnalysis(entry.record_id, entry.id, recorded as AnalysisSnapshot, current as AnalysisSnapshot);
      mismatches.push(...found.map((item) => ({ table: ANALYSIS_TABLE, recordId: entry.record_id, entryId: entry.id, ...item })));
      continue;
    }
    mismatches.push(...compareFields(entry.table_name, entry.record_id, entry.id, recorded, current, allowance));
  }
  for (const table of recordTableNames(db)) {
    const ids = known.get(table) ?? new Set<string>();
    for (const row of db.prepare(`SELECT id FROM "${table.replace(/"/g, '""')}"`).iterate() as IterableIterator<{ id: unknown }>) {
      if (ids.has(String(row.id))) continue;
      mismatches.push({ table, recordId: String(row.id), field: null, recorded: null, current: row.id, entryId: null, sentence: `${table} record ${String(row.id)} has no history entry: it was added outside Cellbook, or its history was removed` });
    }
  }
  const recordedAnalyses = known.get(ANALYSIS_TABLE)?.size ?? 0;
  const tests = existing.has('cycling_tests') ? (db.prepare('SELECT count(DISTINCT test_id) AS n FROM cycle_summaries').get() as { n: number }).n : 0;
  return { recordsCompared, mismatchCount: mismatches.length, mismatches: mismatches.slice(0, MAX_REPORTED), unrecordedAnalyses: Math.max(0, tests - recordedAnalyses) };
}
